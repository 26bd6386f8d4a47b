package de.vitako.dashboard.figures;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What several figures of a survey rest on together, as pages and the catalogue say it: the fewest and the most
 * members that answered one of them (segments may be answered by different numbers) and the members invited.
 *
 * @param fewest the fewest members any of the figures rests on
 * @param most the most members any of the figures rests on
 * @param invited the members invited
 */
public record BasisRange(int fewest, int most, int invited) {

	/** The range of the figures' bases; empty where none of them has one. */
	public static Optional<BasisRange> of(List<FigureValue> figures) {
		List<FigureBasis> bases = figures.stream().map(FigureValue::basis).filter(Objects::nonNull).toList();
		if (bases.isEmpty()) {
			return Optional.empty();
		}
		IntSummaryStatistics respondents = bases.stream().mapToInt(FigureBasis::respondents).summaryStatistics();
		int invited = bases.stream().mapToInt(FigureBasis::invited).max().orElseThrow();
		return Optional.of(new BasisRange(respondents.getMin(), respondents.getMax(), invited));
	}

	/** The latest year of the figures with survey figures and what they rest on; empty for figures without. */
	public static Optional<Latest> latest(List<FigureValue> figures) {
		return figures.stream()
			.filter((figure) -> figure.basis() != null)
			.mapToInt(FigureValue::year)
			.max()
			.stream()
			.boxed()
			.findFirst()
			.flatMap((year) -> of(figures.stream().filter((f) -> f.year() == year).toList())
				.map((range) -> new Latest(year, range)));
	}

	/** The members that answered, written with a number format: {@code 39}, or {@code 38–39} for a range. */
	public String respondents(IntFunction<String> format) {
		return (this.fewest == this.most) ? format.apply(this.most)
				: format.apply(this.fewest) + "–" + format.apply(this.most);
	}

	/** The latest surveyed year and what its figures rest on. */
	public record Latest(int year, BasisRange range) {
	}

}
