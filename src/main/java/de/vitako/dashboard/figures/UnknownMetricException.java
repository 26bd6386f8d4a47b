package de.vitako.dashboard.figures;

/**
 * No metric has the code asked for.
 */
public class UnknownMetricException extends RuntimeException {

	private final String code;

	public UnknownMetricException(String code) {
		super("No metric has the code '" + code + "'");
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
