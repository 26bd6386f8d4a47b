package de.vitako.dashboard.api;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.shared.CachedAnswers;
import de.vitako.dashboard.shared.CachedResponse;
import de.vitako.dashboard.shared.ReleaseCaching;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The read API's answers, serialised and compressed once per release: two per metric, the catalogue once.
 */
@Component
class ApiAnswers implements CachedAnswers {

	private static final PathPattern METRICS = PathPatternParser.defaultInstance.parse(MetricApiController.METRICS);

	private static final PathPattern FIGURES = PathPatternParser.defaultInstance
		.parse(MetricApiController.METRICS + MetricApiController.FIGURES);

	private final FigureSnapshots snapshots;

	private final JsonMapper json;

	private final Cache<AnswerKey, CachedResponse> answers = Caffeine.newBuilder().maximumSize(500).build();

	ApiAnswers(FigureSnapshots snapshots, JsonMapper json) {
		this.snapshots = snapshots;
		this.json = json;
	}

	/** The answer of this revision, made now if it is not kept yet. */
	CachedResponse answer(FigureSnapshot snapshot, String path, Supplier<Object> body) {
		return this.answers.get(new AnswerKey(snapshot.revision(), path),
				(key) -> CachedResponse.of(MediaType.APPLICATION_JSON_VALUE, this.json.writeValueAsBytes(body.get()),
						"W/\"api-" + key.revision() + "-" + Integer.toHexString(key.path().hashCode()) + "\""));
	}

	/** An answer made for one request and not kept: the draft's, in the preview. */
	CachedResponse fresh(Supplier<Object> body) {
		return CachedResponse.of(MediaType.APPLICATION_JSON_VALUE, this.json.writeValueAsBytes(body.get()), null);
	}

	@Override
	public Optional<CachedResponse> cached(HttpServletRequest request, HttpServletResponse response) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		PathPattern.PathMatchInfo figures = FIGURES.matchAndExtract(path);
		// a client that will not take JSON is for the controller to refuse (406)
		if ((figures == null && !METRICS.matches(path)) || !acceptsJson(request)) {
			return Optional.empty();
		}
		String key = (figures == null) ? "metrics" : "figures/" + figures.getUriVariables().get("code");
		String release = request.getParameter(ReleaseCaching.PARAMETER);
		// an unknown release is for the controller to explain
		Optional<CachedResponse> answer = this.snapshots.findSnapshot(release)
			.map((snapshot) -> this.answers.getIfPresent(new AnswerKey(snapshot.revision(), key)));
		answer.ifPresent((kept) -> ReleaseCaching.apply(response, release != null));
		return answer;
	}

	private static boolean acceptsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream().anyMatch((type) -> type.includes(MediaType.APPLICATION_JSON));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private record AnswerKey(long revision, String path) {
	}

}
