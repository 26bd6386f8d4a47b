package de.vitako.dashboard.api;

import de.vitako.dashboard.figures.FigureStatus;

/**
 * A figure's flag as SDMX's observation status ({@code OBS_STATUS}, code list {@code CL_OBS_STATUS}): A for a normal
 * value, P provisional, E estimated, B break in series, Q suppressed (confidential); {@code null} for a revised value,
 * for which the code list has no code.
 */
final class ObservationStatus {

	private static final String NORMAL = "A";

	private ObservationStatus() {
	}

	static String of(FigureStatus status) {
		return (status == null) ? NORMAL : status.sdmxObservationStatus();
	}

	/** The flag's own code, {@code null} for none. */
	static String code(FigureStatus status) {
		return (status == null) ? null : status.code();
	}

}
