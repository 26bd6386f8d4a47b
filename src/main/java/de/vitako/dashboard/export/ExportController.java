package de.vitako.dashboard.export;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.DataRevision;
import de.vitako.dashboard.figures.FigureCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV exports of the figures, for scripts and for German Excel, and their metadata as a Data Package.
 */
@RestController
@EnableConfigurationProperties(ExportProperties.class)
class ExportController {

	private final FigureCatalog catalog;

	private final ExportQueryParser parser;

	private final CsvExporter exporter;

	private final DataPackageBuilder dataPackage;

	private final Clock clock;

	private final MeterRegistry meters;

	ExportController(FigureCatalog catalog, ExportQueryParser parser, CsvExporter exporter,
			DataPackageBuilder dataPackage, MeterRegistry meters, Clock clock) {
		this.meters = meters;
		this.catalog = catalog;
		this.parser = parser;
		this.exporter = exporter;
		this.dataPackage = dataPackage;
		this.clock = clock;
	}

	@GetMapping("/export/figures.csv")
	void figures(@RequestParam(name = "metric", required = false) List<String> metric,
			@RequestParam(name = "segment", required = false) List<String> segment,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ExportQuery query = this.parser.parse(metric, segment, from, to, format, lang);
		stream(query, "vitako-kennzahlen", request, response);
	}

	@GetMapping("/export/metrics/{code}.csv")
	void metric(@PathVariable String code, @RequestParam(name = "segment", required = false) List<String> segment,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		ExportQuery query = this.parser.parse(List.of(code), segment, from, to, format, lang);
		stream(query, "vitako-" + code.replace('_', '-'), request, response);
	}

	@GetMapping(path = "/export/datapackage.json", produces = "application/json")
	ResponseEntity<Map<String, Object>> dataPackage(HttpServletRequest request) {
		DataRevision revision = this.catalog.currentRevision();
		String etag = "W/\"dp-" + revision.revision() + "\"";
		if (sameEntity(etag, request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.body(this.dataPackage.build(revision));
	}

	private void stream(ExportQuery query, String baseName, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		long revision = this.catalog.knownRevision();
		String queryString = request.getQueryString() == null ? "" : request.getQueryString();
		// weak, so that Tomcat still compresses the file for clients that ask
		String etag = "W/\"csv-" + revision + "-"
				+ Integer.toHexString((request.getRequestURI() + "?" + queryString).hashCode()) + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (sameEntity(etag, request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (!this.exporter.anyMatch(query)) {
			throw new BadExportRequestException(HttpStatus.NOT_FOUND, "No figures",
					"No figure matches these filters (metric, segment, from, to).");
		}
		String fileName = baseName + (query.format() == ExportFormat.EXCEL ? "-excel" : "") + "-"
				+ LocalDate.now(this.clock) + ".csv";
		response.setContentType("text/csv;charset=UTF-8;header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Timer.Sample export = Timer.start(this.meters);
		this.exporter.write(query, response.getOutputStream());
		export.stop(this.meters.timer("vitako.exports", "format", query.format().name().toLowerCase(Locale.ROOT)));
	}

	/** Weak comparison, as If-None-Match asks for. */
	private static boolean sameEntity(String etag, String ifNoneMatch) {
		return ifNoneMatch != null && ifNoneMatch.replace("W/", "").equals(etag.replace("W/", ""));
	}

	@ExceptionHandler(BadExportRequestException.class)
	ResponseEntity<ProblemDetail> badRequest(BadExportRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		problem.setType(URI.create("urn:vitako:problem:export"));
		return ResponseEntity.status(ex.status()).body(problem);
	}

}
