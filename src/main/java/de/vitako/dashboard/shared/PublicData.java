package de.vitako.dashboard.shared;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The machine-readable answers (read API, exports with the data package and the DCAT catalogue, the OpenAPI
 * document, the release feed and calendar, and the chart images): public, read-only and stateless. Browser apps of
 * any other site may read them without credentials, and none of them sets a cookie: their language comes from their
 * URL. One list of paths, used by the security chain that keeps them stateless and by the one CORS filter that
 * answers for every one of them, kept or fresh, error or not.
 */
public final class PublicData {

	/** The paths of the public data, as path patterns. */
	public static final List<String> PATHS = List.of("/api/**", "/export/**", "/v3/api-docs", "/v3/api-docs/**",
			"/metrics/*.png", "/metrics/*.svg", "/metrics/*/card.png", "/card.png", "/releases.atom",
			"/releases.ics");

	private static final List<PathPattern> PATTERNS = PATHS.stream().map(PathPatternParser.defaultInstance::parse)
		.toList();

	private PublicData() {
	}

	/** Whether the request asks for public data (the draft's preview is at other paths). */
	public static boolean matches(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return PATTERNS.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	/**
	 * The CORS rule of the public data, to be applied before any answer is given (the kept ones included): GET and
	 * HEAD from any origin, with the headers a client revalidates with and reads, the preflight cached a day. Every
	 * answer at these paths says {@code Vary: Origin}, so that no cache hands one origin's answer to another.
	 */
	public static CorsFilter corsFilter() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin("*");
		cors.setAllowedMethods(List.of("GET", "HEAD"));
		cors.setAllowedHeaders(List.of("Accept", "Accept-Language", "If-None-Match", "If-Modified-Since", "Range"));
		cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Content-Disposition", "Content-Language", "Link"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofDays(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		for (String path : PATHS) {
			source.registerCorsConfiguration(path, cors);
		}
		return new CorsFilter(source);
	}

}
