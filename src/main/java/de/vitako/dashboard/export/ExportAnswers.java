package de.vitako.dashboard.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.shared.CachedAnswers;
import de.vitako.dashboard.shared.CachedResponse;
import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ReleaseCaching;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Small exports, rendered once per release and validated query and kept with their gzip bytes, up to 32 MB
 * in all; and the headers every export answer carries.
 */
@Component
class ExportAnswers implements CachedAnswers {

	private static final PathPattern FIGURES = PathPatternParser.defaultInstance.parse(ExportController.FIGURES_CSV);

	private static final PathPattern METRIC = PathPatternParser.defaultInstance.parse(ExportController.METRIC_CSV);

	private final ExportQueryParser parser;

	private final Clock clock;

	private final Cache<ExportKey, CachedResponse> exports = Caffeine.newBuilder()
		.maximumWeight(32 * 1024 * 1024)
		.<ExportKey, CachedResponse>weigher((key, export) -> export.size())
		.build();

	ExportAnswers(ExportQueryParser parser, Clock clock) {
		this.parser = parser;
		this.clock = clock;
	}

	Optional<CachedResponse> get(long revision, ExportQuery query) {
		return Optional.ofNullable(this.exports.getIfPresent(new ExportKey(revision, query)));
	}

	void put(long revision, ExportQuery query, CachedResponse export) {
		this.exports.put(new ExportKey(revision, query), export);
	}

	/**
	 * Revalidated on every use, or kept for a year when it names its release; and a download named by its content
	 * and today's date.
	 */
	void headers(HttpServletRequest request, HttpServletResponse response, ExportQuery query, String baseName) {
		ReleaseCaching.apply(response, request.getParameter(ReleaseCaching.PARAMETER) != null);
		String fileName = baseName + (query.format() == ExportFormat.EXCEL ? "-excel" : "") + "-"
				+ LocalDate.now(this.clock) + (query.format() == ExportFormat.XLSX ? ".xlsx" : ".csv");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

	@Override
	public Optional<CachedResponse> cached(HttpServletRequest request, HttpServletResponse response) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		PathPattern.PathMatchInfo metric = METRIC.matchAndExtract(path);
		if (metric == null && !FIGURES.matches(path)) {
			return Optional.empty();
		}
		String code = (metric == null) ? null : metric.getUriVariables().get("code");
		ExportQuery query;
		try {
			query = this.parser.parse(code == null ? parameters(request, "metric") : List.of(code),
					parameters(request, "segment"), request.getParameter("from"), request.getParameter("to"),
					request.getParameter("format"), request.getParameter("lang"), request.getParameter("release"), request);
		}
		catch (ProblemException ex) {
			// the controller explains it
			return Optional.empty();
		}
		Optional<CachedResponse> export = get(query.release(), query);
		export.ifPresent((kept) -> headers(request, response, query, baseName(code)));
		return export;
	}

	static String baseName(String metric) {
		return metric == null ? "vitako-kennzahlen" : "vitako-" + metric.replace('_', '-');
	}

	private static List<String> parameters(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? null : Arrays.asList(values);
	}

	private record ExportKey(long revision, ExportQuery query) {
	}

}
