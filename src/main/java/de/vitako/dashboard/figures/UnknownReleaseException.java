package de.vitako.dashboard.figures;

import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;

/**
 * A request named a release that has not been published (404), or something that is no release number at all
 * ({@link #malformed()}: a bad parameter, 400), the same on every endpoint that takes {@code ?release=}.
 */
public class UnknownReleaseException extends ProblemException {

	public UnknownReleaseException(String requested) {
		this(requested, requested != null && !requested.strip().matches("\\d{1,9}"));
	}

	private UnknownReleaseException(String requested, boolean malformed) {
		super(malformed ? ProblemType.BAD_PARAMETER : ProblemType.UNKNOWN_RELEASE,
				malformed ? "Invalid release" : "Unknown release", malformed
						? "'release' must be a release number such as 1, not '" + FigureFilters.abbreviate(requested.strip())
								+ "'."
						: "No release " + ((requested != null) ? requested.strip() + " " : "with this number ")
								+ "has been published. GET /api/v1/releases lists them.");
	}

	/** Whether what was asked for is no release number (such as {@code abc}), rather than an unknown one. */
	public boolean malformed() {
		return kind() == ProblemType.BAD_PARAMETER;
	}

}
