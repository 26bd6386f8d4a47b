package de.vitako.dashboard.figures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.shared.Preview;
import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Checks the filter parameters of the exports and the figures query against the catalogue before anything is read,
 * so that bad input gets a clear problem (400, or 404 for an unknown metric or release) and never an empty answer
 * that looks like success.
 */
@Component
public class FigureFilters {

	private final FigureSnapshots snapshots;

	private final PublishedReleases published;

	FigureFilters(FigureSnapshots snapshots, PublishedReleases published) {
		this.snapshots = snapshots;
		this.published = published;
	}

	/**
	 * The filter the parameters name, of the figures the request is shown: the draft's in the preview, else those
	 * of the release named by {@code releaseParam} or of the latest one (as {@link FigureSnapshots#shown} decides
	 * for a snapshot).
	 *
	 * @param metricParams metric codes, repeated or comma-separated
	 * @param segmentParams segment codes, repeated or comma-separated
	 * @throws ProblemException for a parameter that is malformed or names nothing the catalogue has
	 */
	public FigureFilter parse(List<String> metricParams, List<String> segmentParams, String fromParam,
			String toParam, String langParam, String releaseParam, HttpServletRequest request) {
		FigureFilter parsed = parse(metricParams, segmentParams, fromParam, toParam, langParam, releaseParam);
		return Preview.of(request) ? parsed.ofDraft() : parsed;
	}

	/** The filter the parameters name, of the release named by {@code releaseParam} or of the latest one. */
	FigureFilter parse(List<String> metricParams, List<String> segmentParams, String fromParam, String toParam,
			String langParam, String releaseParam) {
		int release = release(releaseParam);
		// the catalogue of the release asked for: a metric retired since is still in the release that had it
		List<MetricInfo> catalogue = this.published.catalogueOf(release).orElseGet(this.snapshots::metrics);
		List<String> metrics = split(metricParams);
		for (String code : metrics) {
			if (catalogue.stream().noneMatch((m) -> m.code().equals(code))) {
				throw new UnknownMetricException(code);
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
		// sorted: the order of the filters does not change the answer, so it does not make another cache entry
		return new FigureFilter(metrics.stream().sorted().toList(), segments.stream().sorted().toList(), from, to,
				locale(langParam), release);
	}

	/** A parameter's value as a problem's detail quotes it: at most 40 characters. */
	public static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	/** A bad parameter: 400, with a title and a detail that say which and why. */
	public static ProblemException bad(String title, String detail) {
		return new ProblemException(ProblemType.BAD_PARAMETER, title, detail);
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
		int latest = this.snapshots.knownRelease();
		if (value == null || value.isBlank()) {
			return latest;
		}
		String text = value.strip();
		if (!text.matches("\\d{1,9}")) {
			throw new UnknownReleaseException(text);
		}
		int number = Integer.parseInt(text);
		if (number < 1 || number > latest) {
			throw new UnknownReleaseException(String.valueOf(number));
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

	private static Locale locale(String value) {
		if (value == null || value.isBlank() || value.equalsIgnoreCase("de")) {
			return Locale.GERMAN;
		}
		if (value.equalsIgnoreCase("en")) {
			return Locale.ENGLISH;
		}
		throw bad("Unknown language", "'lang' must be 'de' (the default) or 'en', not '" + abbreviate(value) + "'.");
	}

}
