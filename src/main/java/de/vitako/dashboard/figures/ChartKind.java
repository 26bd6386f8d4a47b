package de.vitako.dashboard.figures;

import java.util.Locale;

/**
 * The chart a metric is drawn as, where the catalogue chooses one; a metric without one is drawn as its data
 * suggests (a line for a series of years, a doughnut for the shares of one whole in one year, stacked bars for
 * shares over years, else bars).
 */
public enum ChartKind {

	BAR, STACKED_BAR, LINE, DOUGHNUT;

	/** The code as stored: {@code bar}, {@code stacked_bar}, {@code line}, {@code doughnut}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a code names; {@code null} for none (chosen from the data). */
	public static ChartKind fromCode(String code) {
		return (code == null || code.isBlank()) ? null : valueOf(code.strip().toUpperCase(Locale.ROOT));
	}

}
