package de.vitako.dashboard.figures;

import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;

/**
 * No metric has the code asked for (404, the same on every endpoint).
 */
public class UnknownMetricException extends ProblemException {

	private final String code;

	public UnknownMetricException(String code) {
		super(ProblemType.UNKNOWN_METRIC, "Unknown metric",
				"No metric has the code '" + code + "'. GET /api/v1/metrics lists the codes.");
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
