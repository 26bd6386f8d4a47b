package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFormatterTests {

	private final FigureFormatter format = new FigureFormatter(Clock.system(ZoneId.of("Europe/Berlin")));

	@Test
	void formatsNumbersTheGermanWay() {
		assertThat(this.format.number(new BigDecimal("196900"), Locale.GERMAN)).isEqualTo("196.900");
		assertThat(this.format.percent(new BigDecimal("73.1"), Locale.GERMAN)).isEqualTo("73,1\u00a0%");
		assertThat(this.format.percent(BigDecimal.ZERO, Locale.GERMAN)).isEqualTo("0,0\u00a0%");
	}

	@Test
	void formatsNumbersTheEnglishWay() {
		assertThat(this.format.number(new BigDecimal("196900"), Locale.ENGLISH)).isEqualTo("196,900");
		assertThat(this.format.percent(new BigDecimal("73.1"), Locale.ENGLISH)).isEqualTo("73.1%");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "13.953 | \u00d714 | \u00d714 | 14-fach | 14 times",
			"6.4667 | \u00d76,5 | \u00d76.5 | 6,5-fach | 6.5 times",
			"2.5802 | \u00d72,6 | \u00d72.6 | 2,6-fach | 2.6 times",
			"2.0 | \u00d72 | \u00d72 | 2-fach | 2 times" })
	void formatsFactorsToOneDecimalWithoutTrailingZero(String factor, String german, String english,
			String spokenGerman, String spokenEnglish) {
		assertThat(this.format.factor(new BigDecimal(factor), Locale.GERMAN)).isEqualTo(german);
		assertThat(this.format.factor(new BigDecimal(factor), Locale.ENGLISH)).isEqualTo(english);
		assertThat(this.format.spokenFactor(new BigDecimal(factor), Locale.GERMAN)).isEqualTo(spokenGerman);
		assertThat(this.format.spokenFactor(new BigDecimal(factor), Locale.ENGLISH)).isEqualTo(spokenEnglish);
	}

	@Test
	void formatsPercentChangeInWholePercentWithSign() {
		assertThat(this.format.percentChange(new BigDecimal("42.37"), Locale.GERMAN)).isEqualTo("+42\u00a0%");
		assertThat(this.format.percentChange(new BigDecimal("42.37"), Locale.ENGLISH)).isEqualTo("+42%");
		assertThat(this.format.percentChange(new BigDecimal("-7.6"), Locale.GERMAN)).isEqualTo("\u22128\u00a0%");
	}

	@Test
	void formatsTheGrowthTablesPercentToOneDecimalWithSign() {
		assertThat(this.format.signedPercent(new BigDecimal("1295.33"), Locale.GERMAN)).isEqualTo("+1.295,3\u00a0%");
		assertThat(this.format.signedPercent(new BigDecimal("1295.33"), Locale.ENGLISH)).isEqualTo("+1,295.3%");
		assertThat(this.format.signedPercent(new BigDecimal("-7.64"), Locale.GERMAN)).isEqualTo("\u22127,6\u00a0%");
		assertThat(this.format.signedPercent(new BigDecimal("0.04"), Locale.GERMAN)).isEqualTo("\u00b10,0\u00a0%");
	}

	@ParameterizedTest
	@CsvSource({ "196900, 200.000", "25400, 25.000", "62700, 63.000", "430, 430", "0, 0" })
	void roundsHeadlinesToTwoSignificantDigits(String exact, String headline) {
		assertThat(this.format.headline(new BigDecimal(exact), Locale.GERMAN)).isEqualTo(headline);
	}

}
