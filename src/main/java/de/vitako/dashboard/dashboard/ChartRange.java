package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;

/**
 * Which view of a metric's chart a reader chose, as it travels in the page's URL, the embed code and the image
 * links: the years from and to (both years the metric has), an indexed view (the first year = 100) and the table
 * instead of the chart. What a reader typed that is none of these is left out, so that every link made from it is
 * one of the views there are.
 *
 * @param from the first year shown, {@code null} for the metric's first
 * @param to the last year shown, {@code null} for the metric's last
 * @param indexed each segment as an index of its first year shown; only for counts and euros over two years or more
 * @param table the table in front rather than the chart
 */
record ChartRange(Integer from, Integer to, boolean indexed, boolean table) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Every year, the values as they are, the chart in front. */
	static final ChartRange ALL = new ChartRange(null, null, false, false);

	/** A view read from request parameters, leniently: a year the metric lacks is left out, a backward range turned. */
	static ChartRange of(MetricData data, String from, String to, String index, String view) {
		List<Integer> years = data.years();
		Integer first = year(from, years);
		Integer last = year(to, years);
		if (first != null && last != null && first > last) {
			Integer swap = first;
			first = last;
			last = swap;
		}
		if (first != null && first.equals(years.get(0))) {
			first = null;
		}
		if (last != null && last.equals(years.get(years.size() - 1))) {
			last = null;
		}
		ChartRange range = new ChartRange(first, last, false, "table".equals(view));
		boolean indexable = data.metric().unit() != Unit.PERCENT && range.years(data).size() > 1;
		return new ChartRange(first, last, indexable && "1".equals(index), range.table());
	}

	/** The metric's years within the range. */
	List<Integer> years(MetricData data) {
		return data.years()
			.stream()
			.filter((year) -> (this.from == null || year >= this.from) && (this.to == null || year <= this.to))
			.toList();
	}

	/**
	 * A copy of the metric's figures as indexes: each segment's values over its first known value in the years,
	 * times 100, to one decimal; a confidential figure stays one, a segment without a base is left out. The copy's
	 * metric adds up to nothing and is drawn as lines, whatever the metric is drawn as.
	 */
	MetricData indexed(MetricData data) {
		List<Integer> years = years(data);
		MetricInfo m = data.metric();
		MetricInfo info = new MetricInfo(m.code(), m.label(), m.description(), Unit.COUNT, false, false, m.segments(),
				ChartKind.LINE);
		List<FigureValue> values = new ArrayList<>();
		for (SegmentInfo segment : m.segments()) {
			Optional<BigDecimal> base = years.stream()
				.flatMap((year) -> data.known(segment.code(), year).stream())
				.map(FigureValue::value)
				.findFirst();
			if (base.isEmpty() || base.get().signum() == 0) {
				continue;
			}
			for (int year : years) {
				data.figure(segment.code(), year).ifPresent((f) -> values.add(f.confidential() ? f
						: new FigureValue(f.id(), f.metric(), f.segment(), f.year(),
								f.value().multiply(HUNDRED).divide(base.get(), 1, RoundingMode.HALF_UP),
								f.sourceTitle(), f.sourcePage(), f.note(), f.createdAt(), f.updatedAt(), f.version(), f.changedIn(),
								f.status(), f.noteEn(), f.basis())));
			}
		}
		return new MetricData(info, values);
	}

	/** A short, stable name of the view for caches: {@code 2012-2019-i-t}. */
	String key() {
		return (this.from == null ? "" : this.from) + "-" + (this.to == null ? "" : this.to)
				+ (this.indexed ? "-i" : "") + (this.table ? "-t" : "");
	}

	private static Integer year(String text, List<Integer> years) {
		if (text == null || !text.strip().matches("\\d{4}") || years.isEmpty()) {
			return null;
		}
		Integer year = Integer.valueOf(text.strip());
		return years.contains(year) ? year : null;
	}

}
