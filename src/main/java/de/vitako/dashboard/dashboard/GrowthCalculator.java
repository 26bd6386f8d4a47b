package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every growth figure the dashboard shows: factor, percent change, absolute change and average yearly growth
 * between two values of a metric. Nothing of it is stored.
 */
@Component
class GrowthCalculator {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	Growth between(int fromYear, BigDecimal from, int toYear, BigDecimal to) {
		BigDecimal absolute = to.subtract(from);
		if (from.signum() == 0) {
			return new Growth(absolute, Optional.empty(), Optional.empty(),
					Optional.empty());
		}
		BigDecimal factor = to.divide(from, PRECISION);
		BigDecimal percent = factor.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
		Optional<BigDecimal> yearly = Optional.empty();
		int years = toYear - fromYear;
		if (years > 0 && to.signum() > 0) {
			double rate = Math.pow(factor.doubleValue(), 1.0 / years) - 1.0;
			yearly = Optional.of(BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP));
		}
		return new Growth(absolute, Optional.of(factor), Optional.of(percent), yearly);
	}

	/**
	 * Growth from one year's value to another's.
	 *
	 * @param factor {@code to / from}; empty when {@code from} is 0
	 * @param percentChange change in percent of {@code from}; empty when {@code from} is 0
	 * @param averageYearlyPercent compound average growth per year in percent; empty when not defined
	 */
	record Growth(BigDecimal absoluteChange, Optional<BigDecimal> factor, Optional<BigDecimal> percentChange,
			Optional<BigDecimal> averageYearlyPercent) {

		/** The brochure writes large growth as a factor ("x 2,6") and smaller growth in percent ("+42 %"). */
		boolean readsAsFactor() {
			return this.factor.map((f) -> f.compareTo(BigDecimal.valueOf(2)) >= 0).orElse(false);
		}

	}

}
