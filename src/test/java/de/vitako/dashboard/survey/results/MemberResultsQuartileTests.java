package de.vitako.dashboard.survey.results;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A member's quartiles interpolate as Excel's QUARTILE.INC does, and its position is read against them. */
class MemberResultsQuartileTests {

	@Test
	void interpolatesAsQuartileIncAndPlacesAValueAgainstThem() {
		assertThat(MemberResults.quartiles(numbers(5, 1, 4, 2, 3))).extracting(BigDecimal::toPlainString)
			.containsExactly("2", "3", "4");
		BigDecimal[] six = MemberResults.quartiles(numbers(600, 100, 500, 200, 400, 300));
		assertThat(six).extracting(BigDecimal::toPlainString).containsExactly("225", "350", "475");
		assertThat(List.of(100, 225, 226, 349, 350, 474, 475, 600))
			.extracting((value) -> MemberResults.position(BigDecimal.valueOf(value), six))
			.containsExactly("lower", "lower", "belowMedian", "belowMedian", "aboveMedian", "aboveMedian", "upper",
					"upper");
		assertThat(MemberResults.quartiles(numbers(1, 2, 3, 4))).extracting(BigDecimal::toPlainString)
			.containsExactly("1.75", "2.5", "3.25");
	}

	private static List<BigDecimal> numbers(int... values) {
		return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
	}

}
