package de.vitako.dashboard.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import de.vitako.dashboard.figures.Citations;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.SourceInfo;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.Unit;

import org.springframework.stereotype.Component;

/**
 * Describes the exports as a Frictionless Data Package (tabular-data-package): resources, columns, units, source
 * document, last change and licence.
 */
@Component
class DataPackageBuilder {

	static final String SOURCE_TITLE = "Vitako – Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister: "
			+ "Digital durch die Pandemie";

	private final ExportProperties license;

	private final Citations citations;

	DataPackageBuilder(ExportProperties license, Citations citations) {
		this.license = license;
		this.citations = citations;
	}

	/**
	 * The data package of a release (or of the draft, in the preview): its resources name the same release, so
	 * the package and its files always agree.
	 * @param base the site's absolute URL, for the citation's permanent link
	 */
	Map<String, Object> build(FigureSnapshot release, String base) {
		Map<String, Object> pkg = new LinkedHashMap<>();
		pkg.put("profile", "tabular-data-package");
		pkg.put("name", "vitako-kennzahlen");
		pkg.put("title", "Vitako-Kennzahlen der kommunalen IT-Dienstleister");
		pkg.put("description", "Key figures of Germany's municipal IT service providers (Vitako members): devices, "
				+ "licences, VPN certificates, workplaces, staff and survey results. Totals of metrics whose "
				+ "segments add up (vitako:segmentsAddUp) are the sum of 'value' over the segments of a year; "
				+ "they are not rows.");
		// the release number: a data package names the release whose figures it describes
		pkg.put("version", String.valueOf(release.revision()));
		pkg.put("lastModified", release.changedAt().toString());
		pkg.put("licenses", List.of(sorted(Map.of("name", this.license.name(), "title", this.license.title(), "path",
				this.license.path()))));
		pkg.put("sources", sources(release, release.metrics()));
		pkg.put("attribution", "Quelle: " + SOURCE_TITLE);
		String query = "";
		if (release.release() != null) {
			query = "?release=" + release.revision();
			String permanent = base + "/export/datapackage.json" + query;
			pkg.put("citation", sorted(Map.of("de", this.citations.of(release.release(), permanent, Locale.GERMAN), "en",
					this.citations.of(release.release(), permanent, Locale.ENGLISH))));
		}
		List<Map<String, Object>> resources = new ArrayList<>();
		List<MetricInfo> catalogue = release.metrics().stream().map(MetricData::metric).toList();
		resources.add(resource("figures", "figures.csv" + query, "All figures", null, catalogue,
				sources(release, release.metrics())));
		for (MetricData data : release.metrics()) {
			MetricInfo metric = data.metric();
			resources.add(resource(metric.code(), "metrics/" + metric.code() + ".csv" + query, metric.label().en(),
					metric, catalogue, sources(release, List.of(data))));
		}
		pkg.put("resources", resources);
		return pkg;
	}

	/**
	 * The source documents the figures name, from the release's registry: their titles, and where to read them
	 * ({@code path}) if that is known.
	 */
	private static List<Map<String, Object>> sources(FigureSnapshot release, List<MetricData> metrics) {
		return metrics.stream()
			.flatMap((m) -> m.figures().stream())
			.map(FigureValue::sourceTitle)
			.distinct()
			.sorted()
			.map((title) -> {
				SourceInfo source = release.source(title);
				Map<String, Object> described = new LinkedHashMap<>();
				described.put("title", title);
				if (source.url() != null) {
					described.put("path", source.url());
				}
				return described;
			})
			.toList();
	}

	private Map<String, Object> resource(String name, String path, String title, MetricInfo metric,
			List<MetricInfo> catalogue, List<Map<String, Object>> sources) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("profile", "tabular-data-resource");
		resource.put("name", name.replace('_', '-'));
		resource.put("path", path);
		resource.put("title", title);
		if (metric != null) {
			resource.put("description", metric.description().en());
			resource.put("vitako:titleDe", metric.label().de());
			resource.put("vitako:unit", metric.unit().code());
			resource.put("vitako:segmentsAddUp", metric.segmentsAddUp());
			resource.put("vitako:partsOfWhole", metric.partsOfWhole());
			resource.put("vitako:segments", metric.segments().stream().map(SegmentInfo::code).toList());
		}
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("dialect", sorted(Map.of("delimiter", ",", "header", true, "doubleQuote", true)));
		resource.put("schema", schema(metric, catalogue));
		resource.put("sources", sources);
		resource.put("licenses", List.of(sorted(Map.of("name", this.license.name(), "path", this.license.path()))));
		return resource;
	}

	private Map<String, Object> schema(MetricInfo metric, List<MetricInfo> catalogue) {
		List<String> metricCodes = metric == null ? catalogue.stream().map(MetricInfo::code).toList()
				: List.of(metric.code());
		List<Map<String, Object>> fields = Arrays.stream(ExportColumn.values())
			.map((column) -> field(column, switch (column) {
				case METRIC -> Map.<String, Object>of("required", true, "enum", metricCodes);
				case SEGMENT, YEAR -> Map.<String, Object>of("required", true);
				// a confidential figure has no value, only its flag
				case VALUE -> Map.<String, Object>of("minimum", 0);
				case STATUS -> Map.<String, Object>of("enum",
						FigureStatus.all().stream().map(FigureStatus::code).toList());
				case UNIT -> Map.<String, Object>of("enum", Arrays.stream(Unit.values()).map(Unit::code).toList());
				default -> Map.<String, Object>of();
			}))
			.toList();
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", fields);
		schema.put("primaryKey",
				List.of(ExportColumn.METRIC.code(), ExportColumn.SEGMENT.code(), ExportColumn.YEAR.code()));
		schema.put("missingValues", List.of(""));
		return schema;
	}

	private static Map<String, Object> field(ExportColumn column, Map<String, Object> constraints) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("name", column.code());
		field.put("type", column.type());
		field.put("description", column.description());
		if ("number".equals(column.type())) {
			field.put("decimalChar", ".");
		}
		if (!constraints.isEmpty()) {
			field.put("constraints", sorted(constraints));
		}
		return field;
	}

	/** A map's entries in the order of their keys: the same release makes the same bytes in every run. */
	private static Map<String, Object> sorted(Map<String, Object> map) {
		return new TreeMap<>(map);
	}

}
