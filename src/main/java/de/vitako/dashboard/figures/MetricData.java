package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A metric with all its stored figures, ordered by year and then by the metric's segment order.
 */
public record MetricData(MetricInfo metric, List<FigureValue> figures) {

	public MetricData {
		List<String> order = metric.segments().stream().map(SegmentInfo::code).toList();
		figures = figures.stream()
			.sorted(Comparator.comparingInt(FigureValue::year)
				.thenComparingInt((FigureValue f) -> order.indexOf(f.segment())))
			.toList();
	}

	/** The years that have at least one figure, ascending. */
	public List<Integer> years() {
		return this.figures.stream().map(FigureValue::year).distinct().toList();
	}

	public Optional<FigureValue> figure(String segment, int year) {
		return this.figures.stream().filter((f) -> f.year() == year && f.segment().equals(segment)).findFirst();
	}

	public List<FigureValue> figuresIn(int year) {
		return this.figures.stream().filter((f) -> f.year() == year).toList();
	}

	public OptionalInt latestYear() {
		return this.figures.stream().mapToInt(FigureValue::year).max();
	}

	/** Sum of the segments per year, for metrics whose segments add up; empty otherwise. */
	public List<YearTotal> totals() {
		if (!this.metric.segmentsAddUp()) {
			return List.of();
		}
		return years().stream().map(this::total).toList();
	}

	public Optional<YearTotal> totalIn(int year) {
		return totals().stream().filter((t) -> t.year() == year).findFirst();
	}

	private YearTotal total(int year) {
		List<FigureValue> ofYear = figuresIn(year);
		BigDecimal sum = ofYear.stream().map(FigureValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new YearTotal(year, sum, ofYear.size() == this.metric.segments().size());
	}

}
