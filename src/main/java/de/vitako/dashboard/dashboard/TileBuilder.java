package de.vitako.dashboard.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.dashboard.GrowthCalculator.Growth;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.YearTotal;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The headline tiles, computed from the data: a segment's growth from its first to its latest year ({@code ×14},
 * {@code +42 %}), or, for a metric with a single year, its total and what the total is made of.
 */
@Component
class TileBuilder {

	private final Messages messages;

	private final FigureFormatter format;

	private final GrowthCalculator growth;

	private final ChartSummarizer summarizer;

	TileBuilder(MessageSource messages, FigureFormatter format, GrowthCalculator growth, ChartSummarizer summarizer) {
		this.messages = new Messages(messages);
		this.format = format;
		this.growth = growth;
		this.summarizer = summarizer;
	}

	/**
	 * The tile of one segment's growth ({@code segment} given, or the metric's only one), or of the metric's
	 * latest total where it has a single year. Empty where there is nothing to tell: no figures, or growth from
	 * zero.
	 * @param text the tile's own title; {@code null} for the metric's label
	 */
	Optional<Tile> tile(MetricData data, String segment, LocalizedText text, Locale locale) {
		MetricInfo metric = data.metric();
		List<Integer> years = data.years();
		if (years.isEmpty()) {
			return Optional.empty();
		}
		if (years.size() == 1 || metric.unit() != Unit.COUNT) {
			return total(data, years.get(years.size() - 1), title(data, text, locale), locale);
		}
		String code = segment != null ? segment : metric.segments().get(0).code();
		Optional<SegmentInfo> info = metric.segment(code);
		List<FigureValue> series = data.figures()
			.stream()
			.filter((f) -> f.segment().equals(code) && !f.confidential())
			.sorted(Comparator.comparingInt(FigureValue::year))
			.toList();
		if (info.isEmpty() || series.size() < 2) {
			return Optional.empty();
		}
		FigureValue first = series.get(0);
		FigureValue last = series.get(series.size() - 1);
		Growth g = this.growth.between(first.year(), first.value(), last.year(), last.value());
		String value = this.format.badge(g, locale);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		String detail = this.messages.get("dashboard.tile.growth", locale, this.format.number(first.value(), locale),
				String.valueOf(first.year()), this.format.number(last.value(), locale), String.valueOf(last.year()));
		String segmentLabel = metric.segments().size() > 1 ? info.get().label().in(locale) : null;
		return Optional.of(new Tile(value, this.format.spokenBadge(g, locale), title(data, text, locale),
				segmentLabel, detail, metric.slug()));
	}

	/** A total, and what it includes: "2020: Schulen 164.400, Kommunale Verwaltungen 28.000 und Sonstige 4.500". */
	private Optional<Tile> total(MetricData data, int year, String title, Locale locale) {
		MetricInfo metric = data.metric();
		Optional<YearTotal> total = data.totalIn(year).filter((t) -> t.value() != null);
		if (total.isEmpty()) {
			return Optional.empty();
		}
		List<String> parts = data.figuresIn(year)
			.stream()
			.map((f) -> metric.segment(f.segment()).get().label().in(locale) + " "
					+ this.format.number(f.value(), locale))
			.toList();
		String value = this.format.number(total.get().value(), locale);
		String detail = this.messages.get("dashboard.tile.total", locale, String.valueOf(year),
				this.summarizer.join(parts, locale));
		return Optional.of(new Tile(value, value, title, null, detail, metric.slug()));
	}

	private static String title(MetricData data, LocalizedText text, Locale locale) {
		return (text != null) ? text.in(locale) : data.metric().label().in(locale);
	}

}
