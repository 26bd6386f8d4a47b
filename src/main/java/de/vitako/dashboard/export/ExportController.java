package de.vitako.dashboard.export;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.Citations;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.Release;
import de.vitako.dashboard.figures.UnknownReleaseException;
import de.vitako.dashboard.shared.CachedResponse;
import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.shared.ReleaseCaching;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * CSV exports of the figures, for scripts and for German Excel, and their metadata as a Data Package.
 */
@RestController
@EnableConfigurationProperties(ExportProperties.class)
class ExportController {

	/** Every figure as CSV; also what {@link ExportAnswers} recognises. */
	static final String FIGURES_CSV = "/export/figures.csv";

	/** One metric's figures as CSV. */
	static final String METRIC_CSV = "/export/metrics/{code}.csv";


	/** Up to this many rows (about 2.5 MB), an export is rendered whole and kept; larger ones stream. */
	static final int SMALL_EXPORT_ROWS = 20_000;

	private static final String CSV = "text/csv;charset=UTF-8;header=present";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PublishedReleases published;

	private final ExportQueryParser parser;

	private final CsvExporter exporter;

	private final DataPackageBuilder dataPackage;

	private final ExportAnswers answers;

	private final MeterRegistry meters;

	private final ExportProperties license;

	private final Citations citations;

	private final Clock clock;

	private final PublicUrl publicUrl;

	ExportController(PublishedReleases published, ExportQueryParser parser, CsvExporter exporter,
			DataPackageBuilder dataPackage, MeterRegistry meters, ExportAnswers answers, ExportProperties license,
			Citations citations, Clock clock, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.meters = meters;
		this.license = license;
		this.citations = citations;
		this.clock = clock;
		this.published = published;
		this.parser = parser;
		this.exporter = exporter;
		this.dataPackage = dataPackage;
		this.answers = answers;
	}

	@GetMapping(FIGURES_CSV)
	void figures(@RequestParam(name = "metric", required = false) List<String> metric,
			@RequestParam(name = "segment", required = false) List<String> segment,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String release, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ExportQuery query = this.parser.parse(metric, segment, from, to, format, lang, release, request);
		export(query, ExportAnswers.baseName(null), request, response);
	}

	@GetMapping(METRIC_CSV)
	void metric(@PathVariable String code, @RequestParam(name = "segment", required = false) List<String> segment,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String release, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ExportQuery query = this.parser.parse(List.of(code), segment, from, to, format, lang, release, request);
		export(query, ExportAnswers.baseName(code), request, response);
	}

	@GetMapping(path = "/export/datapackage.json", produces = "application/json")
	ResponseEntity<Map<String, Object>> dataPackage(FigureSnapshot snapshot, WebRequest request) {
		boolean named = request.getParameter(ReleaseCaching.PARAMETER) != null;
		String etag = "W/\"dp-" + snapshot.revision() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.header(HttpHeaders.CACHE_CONTROL, named ? ReleaseCaching.IMMUTABLE : ReleaseCaching.REVALIDATE)
			.body(this.dataPackage.build(snapshot,
					this.publicUrl.base()));
	}

	/**
	 * A poll while nothing changed costs a 304 and no database access. A small export is rendered once per
	 * release and query and then served from memory, compressed once; a large one streams from the database.
	 */
	private void export(ExportQuery query, String baseName, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		long revision = query.release();
		ReleaseCaching.apply(response, request.getParameter(ReleaseCaching.PARAMETER) != null);
		if (new ServletWebRequest(request, response).checkNotModified(etag(revision, query))) {
			return;
		}
		if (query.format() == ExportFormat.XLSX) {
			xlsx(query, baseName, request, response);
			return;
		}
		// the draft's exports, in the preview, are made for each request and never kept
		boolean keep = query.release() != ExportQuery.DRAFT;
		CachedResponse cached = keep ? this.answers.get(revision, query).orElse(null) : null;
		if (cached == null) {
			int rows = this.exporter.count(query);
			if (rows == 0) {
				throw noFigures();
			}
			Timer.Sample export = Timer.start(this.meters);
			if (rows > SMALL_EXPORT_ROWS) {
				this.answers.headers(request, response, query, baseName);
				response.setContentType(CSV);
				this.exporter.stream(query, response.getOutputStream());
				export.stop(timer(query));
				return;
			}
			CsvExporter.Rendered rendered = this.exporter.render(query);
			cached = CachedResponse.of(CSV, rendered.bytes(), etag(rendered.revision(), query));
			if (keep) {
				this.answers.put(rendered.revision(), query, cached);
			}
			export.stop(timer(query));
		}
		this.answers.headers(request, response, query, baseName);
		cached.writeTo(request, response);
	}

	/** A workbook is written for each request, its rows streamed from the database. */
	private void xlsx(ExportQuery query, String baseName, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (this.exporter.count(query) == 0) {
			throw noFigures();
		}
		Timer.Sample export = Timer.start(this.meters);
		Release release = release(query);
		List<String[]> metadata = metadata(query, release);
		this.answers.headers(request, response, query, baseName);
		response.setContentType(XLSX);
		this.exporter.xlsx(query, metadata, asOf(release), response.getOutputStream());
		export.stop(timer(query));
	}

	/** The release the query reads (its date and number only: its figures are streamed, not loaded); the draft: null. */
	private Release release(ExportQuery query) {
		return (query.release() == ExportQuery.DRAFT) ? null
				: this.published.releases()
					.stream()
					.filter((published) -> published.number() == query.release())
					.findFirst()
					.orElseThrow(() -> new UnknownReleaseException(null));
	}

	/** When the figures were published; the draft's are of now. */
	private Instant asOf(Release release) {
		return (release == null) ? Instant.now(this.clock) : release.publishedAt();
	}

	/** The workbook's second sheet: what the figures are, where from, under which licence, which release. */
	private List<String[]> metadata(ExportQuery query, Release release) {
		boolean english = query.english();
		Locale locale = english ? Locale.ENGLISH : Locale.GERMAN;
		String base = this.publicUrl.base();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { english ? "Title" : "Titel", english
				? "Key figures of Germany's municipal IT service providers (Vitako)"
				: "Kennzahlen der kommunalen IT-Dienstleister (Vitako)" });
		rows.add(new String[] { english ? "Source" : "Quelle", DataPackageBuilder.SOURCE_TITLE });
		rows.add(new String[] { english ? "Licence" : "Lizenz", this.license.title() + ", " + this.license.path() });
		if (release == null) {
			rows.add(new String[] { english ? "Release" : "Ausgabe", english ? "Draft (preview, not published)"
					: "Entwurf (Vorschau, nicht veröffentlicht)" });
		}
		else {
			String permanent = base + "/export/datapackage.json?release=" + release.number();
			rows.add(new String[] { english ? "Release" : "Ausgabe", release.number() + " ("
					+ DateTimeFormatter.ISO_LOCAL_DATE.format(release.publishedAt().atOffset(ZoneOffset.UTC)) + ")" });
			rows.add(new String[] { english ? "Citation" : "Zitiervorschlag",
					this.citations.of(release, permanent, locale) });
		}
		// the figures' date, not the file's: the same release makes the same workbook
		rows.add(new String[] { english ? "Data as of (UTC)" : "Datenstand (UTC)",
				DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
						asOf(release).atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0)) });
		rows.add(new String[] { english ? "Data package" : "Datenpaket", base + "/export/datapackage.json" });
		return rows;
	}

	private Timer timer(ExportQuery query) {
		return this.meters.timer("vitako.exports", "format", query.format().name().toLowerCase(Locale.ROOT));
	}

	/** Weak, so that Tomcat still compresses a streamed file for clients that ask. */
	private static String etag(long revision, ExportQuery query) {
		return "W/\"csv-" + revision + "-" + Integer.toHexString(query.toString().hashCode()) + "\"";
	}

	/** Filters that are all valid but match nothing: an empty file would look like success. */
	private static ProblemException noFigures() {
		return new ProblemException(ProblemType.NO_FIGURES, "No figures",
				"No figure matches these filters (metric, segment, from, to).");
	}

}
