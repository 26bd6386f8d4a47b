package de.vitako.dashboard.dashboard;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.MetricData;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The schema.org {@code Dataset} of a page, as JSON-LD, for dataset search engines: the overview describes all
 * figures, a metric page its metric; each with its licence, creator, years covered, downloads and the date of the
 * release shown.
 */
@Component
class DatasetDescription {

	private final JsonMapper json;

	private final String license;

	DatasetDescription(JsonMapper json,
			@Value("${vitako.export.license.path:https://www.govdata.de/dl-de/by-2-0}") String license) {
		this.json = json;
		this.license = license;
	}

	/**
	 * The JSON-LD, safe inside a {@code <script>} element ({@code <} written as its escape).
	 * @param metric the metric a page shows, {@code null} for the overview
	 * @param pageUrl the page's canonical URL
	 * @param base the site's URL, for the downloads
	 */
	String of(FigureSnapshot snapshot, MetricData metric, String name, String description, String pageUrl,
			String base, Locale locale) {
		List<MetricData> shown = (metric != null) ? List.of(metric) : snapshot.metrics();
		List<Integer> years = shown.stream().flatMap((m) -> m.years().stream()).sorted().toList();
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("@context", "https://schema.org");
		dataset.put("@type", "Dataset");
		dataset.put("name", name);
		dataset.put("description", description);
		dataset.put("url", pageUrl);
		dataset.put("inLanguage", locale.getLanguage());
		dataset.put("license", this.license);
		dataset.put("isAccessibleForFree", true);
		Map<String, Object> creator = new LinkedHashMap<>();
		creator.put("@type", "Organization");
		creator.put("name", "Vitako – Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister e. V.");
		creator.put("url", "https://www.vitako.de");
		dataset.put("creator", creator);
		if (!years.isEmpty()) {
			dataset.put("temporalCoverage", years.get(0) + "/" + years.get(years.size() - 1));
		}
		if (snapshot.release() != null) {
			dataset.put("dateModified",
					DateTimeFormatter.ISO_LOCAL_DATE.format(snapshot.changedAt().atOffset(ZoneOffset.UTC)));
			dataset.put("version", String.valueOf(snapshot.revision()));
		}
		String query = (metric != null) ? "/export/metrics/" + metric.metric().code() + ".csv"
				: "/export/figures.csv";
		String release = (snapshot.release() != null) ? "release=" + snapshot.revision() : "";
		List<Map<String, Object>> downloads = new ArrayList<>();
		downloads.add(download("text/csv", base + query + (release.isEmpty() ? "" : "?" + release)));
		downloads.add(download("text/csv", base + query + "?format=excel" + (release.isEmpty() ? "" : "&" + release)));
		downloads.add(download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				base + query + "?format=xlsx" + (release.isEmpty() ? "" : "&" + release)));
		downloads.add(download("application/json", base + ((metric != null)
				? "/api/v1/metrics/" + metric.metric().code() + "/figures" : "/api/v1/figures")
				+ (release.isEmpty() ? "" : "?" + release)));
		downloads.add(download("application/json", base + "/export/datapackage.json"
				+ (release.isEmpty() ? "" : "?" + release)));
		dataset.put("distribution", downloads);
		return this.json.writeValueAsString(dataset).replace("<", "\\u003c");
	}

	private static Map<String, Object> download(String type, String url) {
		Map<String, Object> download = new LinkedHashMap<>();
		download.put("@type", "DataDownload");
		download.put("encodingFormat", type);
		download.put("contentUrl", url);
		return download;
	}

}
