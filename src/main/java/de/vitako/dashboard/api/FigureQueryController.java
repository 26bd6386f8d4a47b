package de.vitako.dashboard.api;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.Decimals;
import de.vitako.dashboard.figures.FigureFilter;
import de.vitako.dashboard.figures.FigureFilters;
import de.vitako.dashboard.figures.FigureRow;
import de.vitako.dashboard.figures.FigureRows;
import de.vitako.dashboard.shared.ReleaseCaching;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Figures across metrics as JSON, with the CSV's filters: {@code metric} (repeatable), {@code segment},
 * {@code from}, {@code to}, {@code release} and {@code lang} for the labels. The rows stream from the database as
 * the CSV's do, so the whole catalogue costs no more memory than one metric; a client that has the answer gets a
 * 304 before the database is asked.
 */
@RestController
@Tag(name = "Figures")
class FigureQueryController {

	private final FigureFilters filters;

	private final FigureRows rows;

	private final JsonMapper json;

	FigureQueryController(FigureFilters filters, FigureRows rows, JsonMapper json) {
		this.filters = filters;
		this.rows = rows;
		this.json = json;
	}

	@GetMapping(path = "/api/v1/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Figures across metrics, filtered like the CSV exports")
	@ApiResponse(responseCode = "200", description = "The release shown and its matching figures, in the catalogue's "
			+ "order", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FigureList.class)))
	void figures(
			@Parameter(description = "Metric codes, repeated or comma-separated; all if none") @RequestParam(
					name = "metric", required = false) List<String> metric,
			@Parameter(description = "Segment codes, repeated or comma-separated") @RequestParam(name = "segment",
					required = false) List<String> segment,
			@Parameter(description = "First year") @RequestParam(required = false) String from,
			@Parameter(description = "Last year") @RequestParam(required = false) String to,
			@Parameter(description = "Language of the labels: de (default) or en") @RequestParam(
					required = false) String lang,
			@Parameter(description = "Release number; the latest if none") @RequestParam(
					required = false) String release,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		FigureFilter query = this.filters.parse(metric, segment, from, to, lang, release, request);
		ReleaseCaching.apply(response, release != null);
		String etag = "W/\"api-figures-" + query.release() + "-" + Integer.toHexString(query.toString().hashCode())
				+ "\"";
		if (query.release() != FigureFilter.DRAFT && new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		OutputStream out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
		out.write(("{\"release\":" + ((query.release() == FigureFilter.DRAFT) ? "null" : query.release())
				+ ",\"figures\":[").getBytes(StandardCharsets.UTF_8));
		boolean[] first = { true };
		this.rows.forEach(query, (row) -> {
			try {
				if (!first[0]) {
					out.write(',');
				}
				first[0] = false;
				out.write(this.json.writeValueAsBytes(resource(row)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		out.write("]}".getBytes(StandardCharsets.UTF_8));
		out.flush();
	}

	/** One figure as the API writes it: the exact value, its labels in the language asked for, and its source. */
	private static FoundFigure resource(FigureRow row) {
		return new FoundFigure(row.metric(), row.segment(), row.year(), Decimals.normalise(row.value()),
				ObservationStatus.code(row.status()),
				ObservationStatus.of(row.status()), row.unit(), row.metricLabel(), row.segmentLabel(),
				row.sourceTitle(), row.sourcePage(), row.note(), row.noteEn(), row.updatedAt(), row.respondents(),
				row.invited());
	}

	/**
	 * The answer, streamed as it is written (this record documents it).
	 *
	 * @param release the release shown; {@code null} for the draft in the preview
	 */
	record FigureList(Integer release, List<FoundFigure> figures) {
	}

	/**
	 * A figure found by the query.
	 *
	 * @param value the exact value; {@code null} for a confidential figure
	 * @param status the value flag ({@code provisional}, {@code estimated}, {@code revised}, {@code confidential},
	 * {@code break}); {@code null} for a normal, final value
	 * @param obsStatus the flag as SDMX's observation status
	 * @param source the source document's title; {@code page} its page, where known
	 * @param note the note in German; {@code noteEn} the same in English, where there is one
	 * @param respondents for a figure from the members' survey, the members whose answers it rests on (n);
	 * {@code invited} the members invited; both {@code null} for other figures
	 */
	record FoundFigure(String metric, String segment, int year, BigDecimal value, String status, String obsStatus,
			String unit, String metricLabel, String segmentLabel, String source, Integer page, String note,
			String noteEn, Instant updatedAt, Integer respondents, Integer invited) {
	}

}
