package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.dashboard.ChartConfig.Dataset;
import de.vitako.dashboard.dashboard.ChartView.Badge;
import de.vitako.dashboard.dashboard.ChartView.TableView;
import de.vitako.dashboard.dashboard.GrowthCalculator.Growth;
import de.vitako.dashboard.export.ExportSizes;
import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.YearTotal;
import de.vitako.dashboard.shared.Messages;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds a chart of a metric for a choice of years: which kind of chart fits the data, its numbers as a table,
 * its text summary and its growth badges.
 */
@Component
class ChartBuilder {

	/** Okabe–Ito colours: distinguishable with every common kind of colour blindness. */
	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9");

	/** A category label longer than this turns a column chart into horizontal bars. */
	private static final int LONG_LABEL = 12;

	private final Messages messages;

	private final FigureFormatter format;

	private final GrowthCalculator growth;

	private final ChartSummarizer summarizer;

	private final JsonMapper json;

	private final ExportSizes exportSizes;

	private final ChartTable tables;

	ChartBuilder(MessageSource messages, FigureFormatter format, GrowthCalculator growth, ChartSummarizer summarizer,
			JsonMapper json, ExportSizes exportSizes) {
		this.exportSizes = exportSizes;
		this.messages = new Messages(messages);
		this.format = format;
		this.growth = growth;
		this.summarizer = summarizer;
		this.json = json;
		this.tables = new ChartTable(this.messages, format);
	}

	/** The overview's chart: the latest year against the previous one, or the whole series of a single segment. */
	ChartView overview(MetricData data, Locale locale) {
		List<Integer> years = data.years();
		if (years.size() > 2 && data.metric().segments().size() > 1) {
			years = years.subList(years.size() - 2, years.size());
		}
		return build(data, years, locale, true);
	}

	/** The metric page's chart: every year and every segment. */
	ChartView full(MetricData data, Locale locale) {
		return full(data, ChartRange.ALL, locale);
	}

	/**
	 * The metric page's chart in the view a reader chose: the years of the range, every segment, and in the indexed
	 * view each segment as an index of its first year shown (a line per segment; no total, no badges).
	 */
	ChartView full(MetricData data, ChartRange range, Locale locale) {
		List<Integer> years = range.years(data);
		if (!range.indexed()) {
			return build(data, years, locale, false, null);
		}
		return build(range.indexed(data), years, locale, false, years.get(0));
	}

	private ChartView build(MetricData data, List<Integer> years, Locale locale, boolean withBadges) {
		return build(data, years, locale, withBadges, null);
	}

	/** @param indexBase the first year of an indexed view; {@code null} for the values as they are */
	private ChartView build(MetricData data, List<Integer> years, Locale locale, boolean withBadges,
			Integer indexBase) {
		MetricInfo metric = data.metric();
		String title = metric.label().in(locale);
		String notice = null;
		if (years.isEmpty()) {
			notice = this.messages.get("chart.notice.empty", locale);
		}
		else if (years.size() == 1 && metric.segments().size() == 1) {
			notice = this.messages.get("chart.notice.singleYear", locale, years.get(0).toString());
		}
		List<FigureValue> shown = data.figures().stream().filter((f) -> years.contains(f.year())).toList();
		ChartConfig config = notice == null ? config(data, years, locale) : null;
		String csvSize = String.valueOf(this.exportSizes.kilobytes(metric.code(), locale));
		String summary = this.summarizer.summarize(data, years, locale);
		String basis = this.tables.latestBasis(shown, locale);
		if (basis != null) {
			summary = summary + " " + basis;
		}
		TableView table = this.tables.of(data, years, locale);
		if (indexBase != null) {
			String index = this.messages.get("chart.index", locale, String.valueOf(indexBase));
			summary = index + ": " + summary;
			table = new TableView(metric.label().in(locale) + " – " + index, table.cornerHeader(), table.columns(),
					table.rows());
		}
		return new ChartView(metric, title, metric.description().in(locale), config,
				config == null ? null : this.json.writeValueAsString(config), table, summary,
				withBadges ? badges(data, years, locale) : List.of(), total(data, years, locale), shown, notice,
				csvSize, corrections(shown, locale));
	}

	private Map<Long, String> corrections(List<FigureValue> figures, Locale locale) {
		Map<Long, String> corrected = new LinkedHashMap<>();
		for (FigureValue figure : figures) {
			if (figure.corrected()) {
				String on = this.format.date(figure.updatedAt(), locale);
				corrected.put(figure.id(), this.messages.get("chart.corrected", locale, on));
			}
		}
		return corrected;
	}

	private ChartConfig config(MetricData data, List<Integer> years, Locale locale) {
		MetricInfo metric = data.metric();
		List<SegmentInfo> segments = metric.segments();
		List<String> labels;
		List<Dataset> datasets = new ArrayList<>();
		String type = "bar";
		boolean horizontal = false;
		boolean stacked = false;
		ChartKind kind = metric.chartKind();
		if (kind == ChartKind.DOUGHNUT && !years.isEmpty()) {
			// the shares of the latest year shown
			int year = years.get(years.size() - 1);
			labels = segments.stream().map((s) -> s.label().in(locale)).toList();
			List<BigDecimal> values = segments.stream().map((s) -> value(data, s.code(), year)).toList();
			type = "doughnut";
			datasets.add(Dataset.slices(String.valueOf(year), values,
					PALETTE.subList(0, Math.min(PALETTE.size(), values.size())),
					segments.stream().map((s) -> flag(data, s.code(), year, locale)).toList())
					.withBases(overSegments(data, segments, year, locale)));
		}
		else if (kind == ChartKind.LINE || kind == ChartKind.STACKED_BAR) {
			// a line or a stack per segment over the years
			type = (kind == ChartKind.LINE) ? "line" : "bar";
			stacked = kind == ChartKind.STACKED_BAR;
			labels = years.stream().map(String::valueOf).toList();
			for (int i = 0; i < segments.size(); i++) {
				SegmentInfo s = segments.get(i);
				datasets.add(Dataset.coloured(s.label().in(locale),
						years.stream().map((y) -> value(data, s.code(), y)).toList(), PALETTE.get(i % PALETTE.size()),
						years.stream().map((y) -> flag(data, s.code(), y, locale)).toList())
						.withBases(overYears(data, s.code(), years, locale)));
			}
		}
		else if (segments.size() == 1) {
			// a series of three or more years is a line on a time axis, which spaces the years by their distance
			type = (years.size() > 2 && kind != ChartKind.BAR) ? "line" : "bar";
			labels = years.stream().map(String::valueOf).toList();
			String only = segments.get(0).code();
			datasets.add(Dataset.coloured(segments.get(0).label().in(locale),
					years.stream().map((y) -> value(data, only, y)).toList(), PALETTE.get(0),
					years.stream().map((y) -> flag(data, only, y, locale)).toList())
					.withBases(overYears(data, only, years, locale)));
		}
		else if (years.size() == 1) {
			int year = years.get(0);
			labels = segments.stream().map((s) -> s.label().in(locale)).toList();
			List<BigDecimal> values = segments.stream().map((s) -> value(data, s.code(), year)).toList();
			List<String> flags = segments.stream().map((s) -> flag(data, s.code(), year, locale)).toList();
			List<String> bases = overSegments(data, segments, year, locale);
			if ((metric.partsOfWhole() || metric.segmentsAddUp()) && kind != ChartKind.BAR) {
				type = "doughnut";
				datasets.add(Dataset.slices(String.valueOf(year), values,
						PALETTE.subList(0, Math.min(PALETTE.size(), values.size())), flags).withBases(bases));
			}
			else {
				horizontal = true;
				datasets.add(Dataset.coloured(String.valueOf(year), values, PALETTE.get(0), flags).withBases(bases));
			}
		}
		else if (metric.partsOfWhole() && kind != ChartKind.BAR) {
			stacked = true;
			labels = years.stream().map(String::valueOf).toList();
			for (int i = 0; i < segments.size(); i++) {
				SegmentInfo s = segments.get(i);
				datasets.add(Dataset.coloured(s.label().in(locale),
						years.stream().map((y) -> value(data, s.code(), y)).toList(), PALETTE.get(i % PALETTE.size()),
						years.stream().map((y) -> flag(data, s.code(), y, locale)).toList())
						.withBases(overYears(data, s.code(), years, locale)));
			}
		}
		else {
			labels = segments.stream().map((s) -> s.label().in(locale)).toList();
			horizontal = longLabels(labels);
			for (int i = 0; i < years.size(); i++) {
				int year = years.get(i);
				datasets.add(Dataset.coloured(String.valueOf(year),
						segments.stream().map((s) -> value(data, s.code(), year)).toList(),
						PALETTE.get(i % PALETTE.size()),
						segments.stream().map((s) -> flag(data, s.code(), year, locale)).toList())
						.withBases(overSegments(data, segments, year, locale)));
			}
		}
		return new ChartConfig(type, horizontal, stacked, metric.unit().code(),
				FigureFormatter.isGerman(locale) ? "de-DE" : "en-GB", metric.label().in(locale), labels, datasets);
	}

	/** What a segment's survey values rest on, year by year, as their tooltips say it. */
	private List<String> overYears(MetricData data, String segment, List<Integer> years, Locale locale) {
		return years.stream().map((year) -> this.tables.basis(data, segment, year, locale)).toList();
	}

	/** What a year's survey values rest on, segment by segment, as their tooltips say it. */
	private List<String> overSegments(MetricData data, List<SegmentInfo> segments, int year, Locale locale) {
		return segments.stream().map((segment) -> this.tables.basis(data, segment.code(), year, locale)).toList();
	}

	/** Labels that would crowd a column chart's axis read better beside horizontal bars. */
	private static boolean longLabels(List<String> labels) {
		return labels.size() > 4 || labels.stream().anyMatch((label) -> label.length() > LONG_LABEL);
	}

	/** A value to draw; {@code null} (a gap) where there is none or it is confidential. */
	private static BigDecimal value(MetricData data, String segment, int year) {
		return data.figure(segment, year).map(FigureValue::value).orElse(null);
	}

	/** The sign of a value's flag, drawn as a different marker; {@code null} for none. */
	private static String flag(MetricData data, String segment, int year, Locale locale) {
		return data.figure(segment, year)
			.map(FigureValue::status)
			.map((status) -> status.sign(locale))
			.orElse(null);
	}

	private List<Badge> badges(MetricData data, List<Integer> years, Locale locale) {
		MetricInfo metric = data.metric();
		if (years.size() < 2 || metric.unit() != Unit.COUNT) {
			return List.of();
		}
		int from = years.get(0);
		int to = years.get(years.size() - 1);
		List<Badge> badges = new ArrayList<>();
		for (SegmentInfo s : metric.segments()) {
			Optional<FigureValue> a = data.known(s.code(), from);
			Optional<FigureValue> b = data.known(s.code(), to);
			if (a.isPresent() && b.isPresent()) {
				Growth g = this.growth.between(from, a.get().value(), to, b.get().value());
				String value = this.format.badge(g, locale);
				if (!value.isEmpty()) {
					String label = metric.segments().size() == 1 ? from + "\u2013" + to
							: s.label().in(locale) + " " + from + "\u2013" + to;
					badges.add(new Badge(label, value, this.format.spokenBadge(g, locale)));
				}
			}
		}
		return badges;
	}

	private String total(MetricData data, List<Integer> years, Locale locale) {
		if (years.isEmpty()) {
			return null;
		}
		int latest = years.get(years.size() - 1);
		// a total says what it includes
		String parts = this.summarizer.join(data.metric().segments().stream().map((s) -> s.label().in(locale)).toList(),
				locale);
		return data.totalIn(latest)
			.filter((t) -> t.value() != null)
			.map((YearTotal t) -> this.messages.get("chart.totalIn", locale, String.valueOf(latest),
					this.format.value(t.value(), data.metric().unit(), locale), parts))
			.orElse(null);
	}

}
