package de.vitako.dashboard.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.YearTotal;
import de.vitako.dashboard.shared.ReleaseCaching;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The metric catalogue and each metric's figures, of the release asked for or the latest (the draft in the
 * preview), serialised and compressed once per release; the document's title, licence and contact are declared here.
 */
@RestController
@RequestMapping(path = MetricApiController.METRICS, produces = "application/json")
@OpenAPIDefinition(info = @Info(title = "Vitako key figures API", version = "v1",
		description = "Key figures of Germany's municipal IT service providers (Vitako), read-only. Codes are "
				+ "snake_case and stable; values are exact decimals; totals of metrics whose segments add up are "
				+ "derived, never stored. CSV exports: /export/figures.csv; metadata: /export/datapackage.json. "
				+ "Every answer carries an ETag (If-None-Match gives 304); every error is an RFC 9457 problem "
				+ "(application/problem+json); the API only reads: other methods than GET and HEAD get 405 with "
				+ "an Allow header.",
		license = @License(name = "Datenlizenz Deutschland – Namensnennung – Version 2.0",
				url = "https://www.govdata.de/dl-de/by-2-0"),
		contact = @Contact(name = "Vitako", url = "https://www.vitako.de")),
		security = {})
@Tag(name = "Figures", description = "Vitako's key figures, read-only")
class MetricApiController {

	/** The catalogue's path; also what {@link ApiAnswers} recognises. */
	static final String METRICS = "/api/v1/metrics";

	/** A metric's figures, below {@link #METRICS}. */
	static final String FIGURES = "/{code}/figures";


	private final ApiAnswers answers;

	MetricApiController(ApiAnswers answers) {
		this.answers = answers;
	}

	@GetMapping
	@Operation(summary = "The metric catalogue: codes, labels, units and segments, in the brochure's order")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			array = @ArraySchema(schema = @Schema(implementation = MetricResource.class))))
	@Parameter(name = ReleaseCaching.PARAMETER, in = ParameterIn.QUERY)
	void metrics(@Parameter(hidden = true) FigureSnapshot snapshot, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		answer(snapshot, "metrics", () -> snapshot.metrics().stream().map(MetricResource::of).toList(), request,
				response);
	}

	@GetMapping(FIGURES)
	@Operation(summary = "Every stored figure of one metric, with the derived totals per year where the metric "
			+ "has them")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = FiguresResource.class)))
	@Parameter(name = ReleaseCaching.PARAMETER, in = ParameterIn.QUERY)
	void figures(@PathVariable String code, @Parameter(hidden = true) FigureSnapshot snapshot,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		MetricData data = snapshot.metric(code).orElseThrow(() -> new UnknownMetricException(code));
		answer(snapshot, "figures/" + code, () -> FiguresResource.of(data), request, response);
	}

	/**
	 * Serialised and compressed once per release; a reader who has it gets a 304, and an answer for a named
	 * release is kept for a year.
	 */
	private void answer(FigureSnapshot snapshot, String path, Supplier<Object> body, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ReleaseCaching.apply(response, request.getParameter(ReleaseCaching.PARAMETER) != null);
		if (snapshot.isDraft()) {
			this.answers.fresh(body).writeTo(request, response);
			return;
		}
		this.answers.answer(snapshot, path, body).writeTo(request, response);
	}

	record MetricResource(String code, LocalizedText label, LocalizedText description, Unit unit,
			boolean segmentsAddUp, boolean partsOfWhole, List<SegmentInfo> segments, List<Integer> years) {

		static MetricResource of(MetricData data) {
			MetricInfo m = data.metric();
			return new MetricResource(m.code(), m.label(), m.description(), m.unit(), m.segmentsAddUp(),
					m.partsOfWhole(), m.segments(), data.years());
		}

	}

	record FiguresResource(String metric, Unit unit, List<FigureResource> figures, List<YearTotal> totals) {

		static FiguresResource of(MetricData data) {
			return new FiguresResource(data.metric().code(), data.metric().unit(),
					data.figures().stream().map(FigureResource::of).toList(), data.totals());
		}

	}

	/**
	 * A figure of a metric.
	 *
	 * @param value the exact value; {@code null} for a confidential figure
	 * @param status the value flag ({@code provisional}, {@code estimated}, {@code revised}, {@code confidential},
	 * {@code break}); {@code null} for a normal, final value
	 * @param obsStatus the flag as SDMX's observation status
	 * @param note the note in German; {@code noteEn} the same in English, where there is one
	 * @param respondents for a figure from the members' survey, the members whose answers it rests on (n);
	 * {@code invited} the members invited; both {@code null} for other figures
	 */
	record FigureResource(String segment, int year, BigDecimal value, String status, String obsStatus,
			Source source, String note, String noteEn, Instant updatedAt, Integer respondents, Integer invited) {

		static FigureResource of(FigureValue f) {
			return new FigureResource(f.segment(), f.year(), f.value(), ObservationStatus.code(f.status()),
					ObservationStatus.of(f.status()),
					new Source(f.sourceTitle(), f.sourcePage()), f.note(), f.noteEn(), f.updatedAt(),
					(f.basis() != null) ? f.basis().respondents() : null,
					(f.basis() != null) ? f.basis().invited() : null);
		}

	}

	record Source(String title, Integer page) {
	}

}
