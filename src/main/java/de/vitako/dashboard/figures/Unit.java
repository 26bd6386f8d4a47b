package de.vitako.dashboard.figures;

/**
 * What a metric's figures measure: a count of things, a percentage between 0 and 100, or an amount of euros (with
 * cents).
 */
public enum Unit {

	COUNT, PERCENT, EURO;

	/** The code as stored and exported: {@code count}, {@code percent} or {@code euro}. */
	@com.fasterxml.jackson.annotation.JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Unit fromCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
