package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.dashboard.ChartView.TableView;
import de.vitako.dashboard.dashboard.ChartView.TableView.Row;
import de.vitako.dashboard.figures.BasisRange;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.shared.Messages;

/**
 * A chart's numbers as readers get them beside it: the accessible table (with each figure's flag, the derived total
 * and, for a survey's figures, the members they rest on), and the basis as the tooltips and the summary say it.
 */
final class ChartTable {

	private final Messages messages;

	private final FigureFormatter format;

	ChartTable(Messages messages, FigureFormatter format) {
		this.messages = messages;
		this.format = format;
	}

	/** The chart's numbers as a table: a row per year (or, for one year, a row per segment). */
	TableView of(MetricData data, List<Integer> years, Locale locale) {
		MetricInfo metric = data.metric();
		String unit = this.messages.get("unit." + metric.unit().code(), locale);
		String caption = this.messages.get("chart.table.caption", locale, metric.label().in(locale), unit);
		if (years.size() == 1 && metric.segments().size() > 1) {
			return segmentRows(data, years.get(0), caption, locale);
		}
		List<String> columns = new ArrayList<>(metric.segments().stream().map((s) -> s.label().in(locale)).toList());
		if (metric.segmentsAddUp()) {
			columns.add(this.messages.get("chart.total", locale));
		}
		boolean surveyed = data.figures().stream().anyMatch((f) -> years.contains(f.year()) && f.basis() != null);
		if (surveyed) {
			columns.add(this.messages.get("chart.basis.column", locale));
		}
		List<Row> rows = years.stream().map((year) -> {
			List<String> cells = new ArrayList<>(metric.segments()
				.stream()
				.map((s) -> data.figure(s.code(), year)
					.map((f) -> this.format.flagged(f, metric.unit(), locale))
					.orElse(this.messages.get("chart.notReported", locale)))
				.toList());
			data.totalIn(year).ifPresent((t) -> cells.add(this.format.total(t, metric.unit(), locale)));
			if (metric.segmentsAddUp() && data.totalIn(year).isEmpty()) {
				cells.add(this.messages.get("chart.notReported", locale));
			}
			if (surveyed) {
				cells.add(basis(data.figures().stream().filter((f) -> f.year() == year).toList(), locale));
			}
			return new Row(String.valueOf(year), cells);
		}).toList();
		return new TableView(caption, this.messages.get("chart.year", locale), columns, rows);
	}

	/**
	 * One year's figures read best down a column: a row per segment (and the total), one column for the year, and
	 * for a survey's figures one for the members each rests on.
	 */
	private TableView segmentRows(MetricData data, int year, String caption, Locale locale) {
		MetricInfo metric = data.metric();
		boolean surveyed = data.figures().stream().anyMatch((f) -> f.year() == year && f.basis() != null);
		String none = this.messages.get("chart.notReported", locale);
		List<Row> rows = new ArrayList<>(metric.segments().stream().map((s) -> {
			Optional<FigureValue> figure = data.figure(s.code(), year);
			List<String> cells = new ArrayList<>();
			cells.add(figure.map((f) -> this.format.flagged(f, metric.unit(), locale)).orElse(none));
			if (surveyed) {
				cells.add(figure.map((f) -> basis(List.of(f), locale)).orElse(none));
			}
			return new Row(s.label().in(locale), cells);
		}).toList());
		data.totalIn(year).ifPresent((t) -> rows.add(new Row(this.messages.get("chart.total", locale),
				surveyed ? List.of(this.format.total(t, metric.unit(), locale), "")
						: List.of(this.format.total(t, metric.unit(), locale)))));
		List<String> columns = surveyed ? List.of(String.valueOf(year), this.messages.get("chart.basis.column", locale))
				: List.of(String.valueOf(year));
		return new TableView(caption, this.messages.get("chart.segment", locale), columns, rows);
	}

	/**
	 * The members a year's survey figures rest on, "39 von 52"; where the segments were answered by different
	 * numbers, their range, "38–39 von 39". A dash for figures not from the survey.
	 */
	private String basis(List<FigureValue> figures, Locale locale) {
		return BasisRange.of(figures)
			.map((range) -> this.messages.get("chart.basis.cell", locale,
					range.respondents((n) -> count(n, locale)), count(range.invited(), locale)))
			.orElse(this.messages.get("chart.notReported", locale));
	}

	private String count(int count, Locale locale) {
		return this.format.number(BigDecimal.valueOf(count), locale);
	}

	/** The sentence that says what the latest surveyed year shown rests on; {@code null} without one. */
	String latestBasis(List<FigureValue> shown, Locale locale) {
		return BasisRange.latest(shown)
			.map((latest) -> this.messages.get("chart.basis.summary", locale, String.valueOf(latest.year()),
					latest.range().respondents((n) -> count(n, locale)), count(latest.range().invited(), locale)))
			.orElse(null);
	}

	/** What a survey value rests on, as its tooltip says it ({@code n = 26 von 52}); {@code null} for none. */
	String basis(MetricData data, String segment, int year, Locale locale) {
		return data.figure(segment, year)
			.map(FigureValue::basis)
			.map((basis) -> this.messages.get("chart.basis.point", locale, count(basis.respondents(), locale),
					count(basis.invited(), locale)))
			.orElse(null);
	}

}
