package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import de.vitako.dashboard.dashboard.GrowthCalculator.Growth;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.shared.Messages;


import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the text summary of a chart from its data, in German or English: the chart's accessible description.
 * For example "Die Zahl der VDI-/VPN-Zertifikate stieg von 24.300 (2019) auf 62.700 (2020), das 2,6-Fache."
 */
@Component
class ChartSummarizer {

	private final Messages messages;

	private final FigureFormatter format;

	private final GrowthCalculator growth;

	ChartSummarizer(MessageSource messages, FigureFormatter format, GrowthCalculator growth) {
		this.messages = new Messages(messages);
		this.format = format;
		this.growth = growth;
	}

	String summarize(MetricData data, List<Integer> years, Locale locale) {
		MetricInfo metric = data.metric();
		if (years.isEmpty()) {
			return this.messages.get("summary.empty", locale, metric.label().in(locale));
		}
		int from = years.get(0);
		int to = years.get(years.size() - 1);
		if (from == to) {
			return composition(data, to, locale);
		}
		if (metric.segments().size() == 1) {
			String segment = metric.segments().get(0).code();
			Optional<FigureValue> a = data.known(segment, from);
			Optional<FigureValue> b = data.known(segment, to);
			if (a.isPresent() && b.isPresent()) {
				return change(this.messages.get("metric." + metric.code() + ".subject", locale), metric.unit(), a.get(), b.get(),
						locale);
			}
			return composition(data, to, locale);
		}
		List<String> items = metric.segments()
			.stream()
			.map((s) -> segmentChange(data, s, from, to, locale))
			.filter(Objects::nonNull)
			.toList();
		if (items.isEmpty()) {
			return composition(data, to, locale);
		}
		return this.messages.get("summary.segments", locale, metric.label().in(locale), String.valueOf(from),
				String.valueOf(to), join(items, locale));
	}

	private String change(String subject, Unit unit, FigureValue a, FigureValue b, Locale locale) {
		int direction = b.value().compareTo(a.value());
		String from = this.format.spoken(a, unit, locale);
		String to = this.format.spoken(b, unit, locale);
		if (direction == 0) {
			return this.messages.get("summary.same", locale, subject, from, String.valueOf(a.year()), String.valueOf(b.year()));
		}
		return this.messages.get(direction > 0 ? "summary.rise" : "summary.fall", locale, subject, from,
				String.valueOf(a.year()), to, String.valueOf(b.year()), growthPhrase(unit, a, b, locale));
	}

	private String segmentChange(MetricData data, SegmentInfo segment, int from, int to, Locale locale) {
		Optional<FigureValue> a = data.known(segment.code(), from);
		Optional<FigureValue> b = data.known(segment.code(), to);
		if (a.isEmpty() || b.isEmpty()) {
			return null;
		}
		Unit unit = data.metric().unit();
		return this.messages.get("summary.segment.change", locale, segment.label().in(locale),
				this.format.spoken(a.get(), unit, locale), this.format.spoken(b.get(), unit, locale),
				growthPhrase(unit, a.get(), b.get(), locale));
	}

	private String growthPhrase(Unit unit, FigureValue a, FigureValue b, Locale locale) {
		if (unit == Unit.PERCENT) {
			BigDecimal points = b.value().subtract(a.value());
			return this.messages.get(points.signum() >= 0 ? "summary.points.up" : "summary.points.down", locale,
					this.format.number(points.abs(), locale));
		}
		Growth g = this.growth.between(a.year(), a.value(), b.year(), b.value());
		if (g.factor().isEmpty()) {
			return this.messages.get("summary.fromZero", locale);
		}
		if (g.readsAsFactor()) {
			return this.messages.get("summary.factor", locale,
					this.format.factor(g.factor().get(), locale).replaceAll("^[^0-9]+", ""));
		}
		BigDecimal percent = g.percentChange().get();
		return this.messages.get(percent.signum() >= 0 ? "summary.percent.up" : "summary.percent.down", locale,
				this.format.percentChange(percent.abs(), locale).substring(1));
	}

	private String composition(MetricData data, int year, Locale locale) {
		MetricInfo metric = data.metric();
		List<String> items = metric.segments()
			.stream()
			.map((s) -> data.figure(s.code(), year)
				.map((f) -> this.messages.get("summary.item", locale, s.label().in(locale),
						this.format.spoken(f, metric.unit(), locale)))
				.orElse(null))
			.filter(Objects::nonNull)
			.toList();
		String sentence = this.messages.get("summary.composition", locale, metric.label().in(locale),
				String.valueOf(year), join(items, locale));
		return data.totalIn(year)
			.filter((t) -> t.value() != null)
			.map((t) -> sentence + " " + this.messages.get("summary.total", locale, this.format.number(t.value(), locale)))
			.orElse(sentence);
	}

	/** "A, B und C": a list as a sentence says it. */
	String join(List<String> items, Locale locale) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + this.messages.get("summary.and", locale) + " "
				+ items.get(items.size() - 1);
	}

}
