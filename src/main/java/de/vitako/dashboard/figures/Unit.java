package de.vitako.dashboard.figures;

/**
 * What a metric's figures measure: a count of things, or a percentage between 0 and 100.
 */
public enum Unit {

	COUNT, PERCENT;

	/** The code as stored and exported: {@code count} or {@code percent}. */
	@com.fasterxml.jackson.annotation.JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	static Unit fromCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
