package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

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

	/** The figure of a segment and year: found by year in the sorted list, then among that year's segments. */
	public Optional<FigureValue> figure(String segment, int year) {
		for (int i = firstOf(year); i < this.figures.size() && this.figures.get(i).year() == year; i++) {
			if (this.figures.get(i).segment().equals(segment)) {
				return Optional.of(this.figures.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * The figure of a segment and year that has a value to compute with: none where it is missing or confidential.
	 * Growth, summaries and tiles read this one, so that none of them computes with a withheld value.
	 */
	public Optional<FigureValue> known(String segment, int year) {
		return figure(segment, year).filter((f) -> !f.confidential());
	}

	/** The segment's latest figure before a year: found from that year in the sorted list, backwards. */
	public Optional<FigureValue> before(String segment, int year) {
		for (int i = firstOf(year) - 1; i >= 0; i--) {
			if (this.figures.get(i).segment().equals(segment)) {
				return Optional.of(this.figures.get(i));
			}
		}
		return Optional.empty();
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
		BigDecimal sum = ofYear.stream().anyMatch(FigureValue::confidential) ? null
				: ofYear.stream().map(FigureValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new YearTotal(year, sum, ofYear.size() == this.metric.segments().size());
	}

	/** The index of the first figure of a year or later (the figures are sorted by year). */
	private int firstOf(int year) {
		int low = 0;
		int high = this.figures.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.figures.get(middle).year() < year) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** The figures of each metric of the catalogue, in its order; figures of a retired segment are left out. */
	static List<MetricData> byMetric(List<FigureValue> values, List<MetricInfo> catalogue) {
		Map<String, List<FigureValue>> grouped = values.stream()
			.collect(Collectors.groupingBy(FigureValue::metric, Collectors.toList()));
		return catalogue.stream()
			.map((m) -> new MetricData(m, grouped.getOrDefault(m.code(), List.of())
				.stream()
				.filter((f) -> m.segment(f.segment()).isPresent())
				.toList()))
			.toList();
	}

}
