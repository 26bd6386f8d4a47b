package de.vitako.dashboard.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks the export's query parameters against the catalogue before anything is streamed, so that bad input gets
 * a clear 400 (or 404 for an unknown metric) and never an empty file that looks like success.
 */
@Component
class ExportQueryParser {

	private final FigureCatalog catalog;

	ExportQueryParser(FigureCatalog catalog) {
		this.catalog = catalog;
	}

	/** A query of the latest release. */
	ExportQuery parse(List<String> metricParams, List<String> segmentParams, String fromParam, String toParam,
			String formatParam, String langParam) {
		return parse(metricParams, segmentParams, fromParam, toParam, formatParam, langParam, null);
	}

	/** A query of the release named by {@code releaseParam}, or of the latest one. */
	ExportQuery parse(List<String> metricParams, List<String> segmentParams, String fromParam, String toParam,
			String formatParam, String langParam, String releaseParam) {
		int release = release(releaseParam);
		// the catalogue of the release asked for: a metric retired since is still in the release that had it
		List<MetricInfo> catalogue = this.catalog.catalogueOf(release).orElseGet(this.catalog::metrics);
		List<String> metrics = split(metricParams);
		for (String code : metrics) {
			if (catalogue.stream().noneMatch((m) -> m.code().equals(code))) {
				throw new BadExportRequestException(HttpStatus.NOT_FOUND, "Unknown metric",
						"No metric has the code '" + code + "'. GET /api/v1/metrics lists the codes.");
			}
		}
		List<String> segments = split(segmentParams);
		Set<String> known = new LinkedHashSet<>();
		for (MetricInfo metric : catalogue) {
			if (metrics.isEmpty() || metrics.contains(metric.code())) {
				metric.segments().stream().map(SegmentInfo::code).forEach(known::add);
			}
		}
		for (String segment : segments) {
			if (!known.contains(segment)) {
				throw bad("Unknown segment", "The segment '" + segment + "' does not belong to "
						+ (metrics.isEmpty() ? "any metric" : "the metrics asked for") + ". Known segments: "
						+ String.join(", ", known) + ".");
			}
		}
		Integer from = year("from", fromParam);
		Integer to = year("to", toParam);
		if (from != null && to != null && from > to) {
			throw bad("Invalid year range", "'from' (" + from + ") is after 'to' (" + to + ").");
		}
		// sorted: the order of the filters does not change the file, so it does not make another cache entry
		return new ExportQuery(metrics.stream().sorted().toList(), segments.stream().sorted().toList(), from, to,
				format(formatParam), locale(langParam), release);
	}

	private static List<String> split(List<String> params) {
		List<String> values = new ArrayList<>();
		if (params != null) {
			for (String param : params) {
				for (String value : param.split(",")) {
					String code = value.strip();
					if (!code.isEmpty() && !values.contains(code)) {
						values.add(code);
					}
				}
			}
		}
		return values;
	}

	private int release(String value) {
		int latest = this.catalog.knownRelease();
		if (value == null || value.isBlank()) {
			return latest;
		}
		String text = value.strip();
		if (!text.matches("\\d{1,9}")) {
			throw bad("Invalid release",
					"'release' must be a release number such as 1, not '" + abbreviate(text) + "'.");
		}
		int number = Integer.parseInt(text);
		if (number < 1 || number > latest) {
			throw new BadExportRequestException(HttpStatus.NOT_FOUND, "Unknown release",
					"No release " + number + " has been published. GET /api/v1/releases lists them.");
		}
		return number;
	}

	private static Integer year(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (!text.matches("\\d{4}")) {
			throw bad("Invalid year", "'" + name + "' must be a year such as 2020, not '" + abbreviate(text) + "'.");
		}
		return Integer.parseInt(text);
	}

	private static ExportFormat format(String value) {
		if (value == null || value.isBlank() || value.equalsIgnoreCase("csv")) {
			return ExportFormat.CSV;
		}
		if (value.equalsIgnoreCase("excel")) {
			return ExportFormat.EXCEL;
		}
		if (value.equalsIgnoreCase("xlsx")) {
			return ExportFormat.XLSX;
		}
		throw bad("Unknown format",
				"'format' must be 'csv' (the default), 'excel' or 'xlsx', not '" + abbreviate(value) + "'.");
	}

	private static Locale locale(String value) {
		if (value == null || value.isBlank() || value.equalsIgnoreCase("de")) {
			return Locale.GERMAN;
		}
		if (value.equalsIgnoreCase("en")) {
			return Locale.ENGLISH;
		}
		throw bad("Unknown language", "'lang' must be 'de' (the default) or 'en', not '" + abbreviate(value) + "'.");
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static BadExportRequestException bad(String title, String detail) {
		return new BadExportRequestException(HttpStatus.BAD_REQUEST, title, detail);
	}

}
