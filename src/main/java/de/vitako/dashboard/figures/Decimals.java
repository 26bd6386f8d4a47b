package de.vitako.dashboard.figures;

import java.math.BigDecimal;

/**
 * Exact decimals as stored, without the trailing zeros of the column's scale.
 */
public final class Decimals {

	private Decimals() {
	}

	/**
	 * {@code 164400.00} becomes {@code 164400}, {@code 73.10} becomes {@code 73.1}; never an exponent; no value (a
	 * confidential figure's) stays none.
	 */
	public static BigDecimal normalise(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
