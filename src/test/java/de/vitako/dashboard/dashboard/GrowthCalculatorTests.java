package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;

import de.vitako.dashboard.dashboard.GrowthCalculator.Growth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GrowthCalculatorTests {

	private final GrowthCalculator calculator = new GrowthCalculator();

	@Test
	void computesFactorPercentAbsoluteAndYearlyGrowth() {
		Growth staff = this.calculator.between(2010, new BigDecimal("10550"), 2019, new BigDecimal("15020"));
		assertThat(staff.factor().orElseThrow().doubleValue()).isCloseTo(1.4237, within(0.0001));
		assertThat(staff.percentChange().orElseThrow().doubleValue()).isCloseTo(42.37, within(0.01));
		assertThat(staff.absoluteChange()).isEqualByComparingTo("4470");
		assertThat(staff.averageYearlyPercent().orElseThrow()).isEqualByComparingTo("4.0");
		assertThat(staff.readsAsFactor()).isFalse();
	}

	@Test
	void readsLargeGrowthAsFactor() {
		Growth vpn = this.calculator.between(2019, new BigDecimal("24300"), 2020, new BigDecimal("62700"));
		assertThat(vpn.readsAsFactor()).isTrue();
		assertThat(vpn.factor().orElseThrow().doubleValue()).isCloseTo(2.580, within(0.001));
	}

	@Test
	void hasNoFactorFromZero() {
		Growth growth = this.calculator.between(2019, BigDecimal.ZERO, 2020, BigDecimal.TEN);
		assertThat(growth.factor()).isEmpty();
		assertThat(growth.percentChange()).isEmpty();
		assertThat(growth.absoluteChange()).isEqualByComparingTo("10");
	}

	@Test
	void computesDeclines() {
		Growth growth = this.calculator.between(2019, new BigDecimal("200"), 2020, new BigDecimal("150"));
		assertThat(growth.percentChange().orElseThrow()).isEqualByComparingTo("-25");
		assertThat(growth.absoluteChange()).isEqualByComparingTo("-50");
	}

}
