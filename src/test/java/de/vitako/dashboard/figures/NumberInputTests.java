package de.vitako.dashboard.figures;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberInputTests {

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@CsvSource(delimiter = '|', value = { "73,1|de|73.1", "1.234,5|de|1234.5", "164.400|de|164400", "164400|de|164400",
			" 62 700 |de|62700", "73.1|en|73.1", "1,234.5|en|1234.5", "164,400|en|164400", "0|de|0", "0,25|de|0.25" })
	void readsNumbersAsAdminsTypeThem(String typed, String language, String expected) {
		NumberInput.Result result = NumberInput.parse(typed, Locale.forLanguageTag(language));
		assertThat(result.ok()).isTrue();
		assertThat(result.value()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "{0} in {1}: {2}")
	@CsvSource(delimiter = '|', value = { "''|de|admin.value.required", "'  '|de|admin.value.required",
			"1.5|de|admin.value.ambiguous", "1,5|en|admin.value.ambiguous", "-5|de|admin.value.negative",
			"\u22125|de|admin.value.negative", "1e3|de|admin.value.notANumber", "NaN|en|admin.value.notANumber",
			"12,3,4|de|admin.value.notANumber", "1,234|de|admin.value.tooManyDecimals",
			"12345678901234|de|admin.value.tooLarge", "1.2.3|de|admin.value.notANumber" })
	void refusesWhatItCannotReadWithTheReason(String typed, String language, String problem) {
		NumberInput.Result result = NumberInput.parse(typed, Locale.forLanguageTag(language));
		assertThat(result.ok()).isFalse();
		assertThat(result.problem()).isEqualTo(problem);
	}

	@Test
	void readsYearsTheDatabaseAllows() {
		assertThat(NumberInput.year("2021")).isEqualTo(2021);
		assertThat(NumberInput.year(" 1990 ")).isEqualTo(1990);
		assertThat(NumberInput.year("1989")).isNull();
		assertThat(NumberInput.year("2101")).isNull();
		assertThat(NumberInput.year("20x1")).isNull();
		assertThat(NumberInput.year(null)).isNull();
	}

	@Test
	void readsOptionalPageNumbers() {
		assertThat(NumberInput.page("")).isNull();
		assertThat(NumberInput.page("12")).isEqualTo(12);
		assertThat(NumberInput.page("0")).isEqualTo(-1);
		assertThat(NumberInput.page("12345")).isEqualTo(-1);
		assertThat(NumberInput.page("S. 2")).isEqualTo(-1);
	}

}
