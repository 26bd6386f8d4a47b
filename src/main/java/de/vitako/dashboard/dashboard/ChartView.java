package de.vitako.dashboard.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricInfo;

/**
 * Everything a page shows of one chart: the canvas configuration, the same numbers as a table, a generated text
 * summary and growth badges.
 *
 * @param config what the canvas draws, or {@code null} where there is no chart
 * @param configJson the same as JSON, read by {@code charts.js} from a data attribute
 * @param notice why there is no chart (no figures, a single year), or {@code null}
 * @param csvKilobytes size of the metric's CSV download
 * @param correctedOn "corrected on …" by figure id, for figures changed after publication
 */
record ChartView(MetricInfo metric, String title, String description, ChartConfig config, String configJson,
		TableView table, String summary, List<Badge> badges, String total, List<FigureValue> figures, String notice,
		String csvKilobytes, Map<Long, String> correctedOn) {

	public String id() {
		return "chart-" + this.metric.slug();
	}

	public boolean drawable() {
		return this.notice == null;
	}

	/** A doughnut needs more height than a column chart. */
	public boolean tall() {
		return this.config != null && this.config.tall();
	}

	/** Each source once, with the years of the figures it covers: "Vitako: …, S. 3 (2010, 2012, 2014)". */
	public List<SourceUse> sourceUses(Locale locale) {
		Map<String, SortedSet<Integer>> years = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		this.figures.forEach((figure) -> {
			years.computeIfAbsent(figure.source(locale), (s) -> new TreeSet<>()).add(figure.year());
			titles.putIfAbsent(figure.source(locale), figure.sourceTitle());
		});
		return years.entrySet()
			.stream()
			.map((use) -> new SourceUse(use.getKey(), titles.get(use.getKey()),
					use.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "))))
			.toList();
	}

	/** The figures that carry a note or were corrected after publication: the only ones with more to say. */
	public List<FigureValue> annotated() {
		return this.figures.stream()
			.filter((figure) -> figure.note() != null || this.correctedOn.containsKey(figure.id()))
			.toList();
	}

	/** The flags the figures shown carry, in the list's order, for the legend under the table. */
	public List<FigureStatus> flags() {
		return this.figures.stream()
			.map(FigureValue::status)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
	}

	/** A source as printed (with its page), its registry title, and the years of the figures it covers. */
	record SourceUse(String source, String title, String years) {
	}

	/** The distinct sources of the figures shown, as printed in the reader's language ("Title, S. 2"). */
	public List<String> sources(Locale locale) {
		return this.figures.stream().map((figure) -> figure.source(locale)).distinct().toList();
	}

	/** A growth figure next to a chart, such as "×6,5" for schools, and how a screen reader says it. */
	record Badge(String label, String value, String spoken) {
	}

	/** A chart's numbers as an accessible table: rows of a header cell and data cells. */
	record TableView(String caption, String cornerHeader, List<String> columns, List<Row> rows) {

		record Row(String header, List<String> cells) {
		}

	}

}
