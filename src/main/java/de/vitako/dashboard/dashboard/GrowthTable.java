package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.dashboard.GrowthCalculator.Growth;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.YearTotal;
import de.vitako.dashboard.shared.Messages;


import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The metric page's growth table between two years the reader picks ({@code from} and {@code to}, as in the
 * exports). Bad input never fails the page: it is explained in a message and the nearest sensible range is shown.
 */
@Component
class GrowthTable {

	private final Messages messages;

	private final FigureFormatter format;

	private final GrowthCalculator growth;

	GrowthTable(MessageSource messages, FigureFormatter format, GrowthCalculator growth) {
		this.messages = new Messages(messages);
		this.format = format;
		this.growth = growth;
	}

	View build(MetricData data, String fromParam, String toParam, Locale locale) {
		List<Integer> years = data.years();
		List<String> problems = new ArrayList<>();
		if (years.size() < 2) {
			return new View(years, null, null, List.of(), problems, this.messages.get("growth.tooFewYears", locale));
		}
		Integer from = year(fromParam, "from", years, problems, locale);
		Integer to = year(toParam, "to", years, problems, locale);
		if (from == null) {
			from = years.get(0);
		}
		if (to == null) {
			to = years.get(years.size() - 1);
		}
		if (from > to) {
			problems.add(this.messages.get("growth.backwards", locale, String.valueOf(from), String.valueOf(to)));
			int swap = from;
			from = to;
			to = swap;
		}
		if (from.equals(to)) {
			problems.add(this.messages.get("growth.sameYear", locale, String.valueOf(from)));
			return new View(years, from, to, List.of(), problems, null);
		}
		MetricInfo metric = data.metric();
		List<Row> rows = new ArrayList<>();
		for (SegmentInfo s : metric.segments()) {
			rows.add(row(s.label().in(locale), data.figure(s.code(), from).map(FigureValue::value),
					data.figure(s.code(), to).map(FigureValue::value), from, to, metric.unit(), locale));
		}
		if (metric.segmentsAddUp()) {
			int a = from;
			int b = to;
			rows.add(row(this.messages.get("chart.total", locale), data.totalIn(a).map(YearTotal::value),
					data.totalIn(b).map(YearTotal::value), a, b, metric.unit(), locale));
		}
		return new View(years, from, to, rows, problems, null);
	}

	private Row row(String label, Optional<BigDecimal> a, Optional<BigDecimal> b, int from, int to,
			Unit unit, Locale locale) {
		String none = this.messages.get("chart.notReported", locale);
		if (a.isEmpty() || b.isEmpty()) {
			return new Row(label, a.map((v) -> this.format.value(v, unit, locale)).orElse(none),
					b.map((v) -> this.format.value(v, unit, locale)).orElse(none), none, none, none, none);
		}
		Growth g = this.growth.between(from, a.get(), to, b.get());
		return new Row(label, this.format.value(a.get(), unit, locale), this.format.value(b.get(), unit, locale),
				this.format.signedChange(g.absoluteChange(), unit, locale),
				g.percentChange().map((p) -> this.format.signedPercent(p, locale)).orElse(none),
				g.factor().map((f) -> this.format.factor(f, locale)).orElse(none),
				g.averageYearlyPercent().map((p) -> this.format.signedPercent(p, locale)).orElse(none));
	}

	private Integer year(String param, String name, List<Integer> years, List<String> problems, Locale locale) {
		if (param == null || param.isBlank()) {
			return null;
		}
		try {
			int year = Integer.parseInt(param.strip());
			if (!years.contains(year)) {
				problems.add(this.messages.get("growth.noFigures", locale, name, String.valueOf(year)));
				return null;
			}
			return year;
		}
		catch (NumberFormatException ex) {
			problems.add(this.messages.get("growth.notAYear", locale, name));
			return null;
		}
	}


	record View(List<Integer> years, Integer from, Integer to, List<Row> rows, List<String> problems, String notice) {
	}

	record Row(String label, String from, String to, String absolute, String percent, String factor,
			String yearly) {
	}

}
