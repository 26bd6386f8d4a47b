package de.vitako.dashboard.dashboard;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.shared.CachedAnswers;
import de.vitako.dashboard.shared.CachedResponse;
import de.vitako.dashboard.shared.Preview;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.shared.ReleaseCaching;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public pages are the same for every reader of a language, so each is rendered once per data revision and then
 * served from memory, with its gzip form made once too. The key holds only what changes a page: the site's
 * address ({@link PublicUrl}: pages from other addresses than the configured or a loopback one are not kept), its
 * path, the language and, on a metric page, the reader's view (years the metric has, the index, the table). Any other
 * parameter is ignored (the page is rendered without it), so random query strings neither miss nor evict; a
 * growth range the page must explain (a year without figures, a typo) is rendered without caching.
 * <p>
 * Hits are answered before the session and security filters ({@link #cached}, a public page needs neither and
 * gets the same security headers); {@link #renderedOnce()} renders a miss after them and keeps it.
 */
class PublicPageCache implements CachedAnswers {

	/** Every page in both languages with every year range of every metric fits many times over. */
	static final int MAX_ENTRIES = 2_000;

	private static final List<String> SITE_PAGES = List.of("/", "/impressum", "/datenschutz", "/barrierefreiheit");

	private static final PathPattern METRIC_PAGE = PathPatternParser.defaultInstance
		.parse(DashboardController.METRIC_PAGE);

	private final FigureSnapshots snapshots;

	private final LocaleResolver locales;

	private final PublicUrl publicUrl;

	private final Cache<PageKey, CachedResponse> pages = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	private final MeterRegistry meters;

	PublicPageCache(FigureSnapshots snapshots, LocaleResolver locales, PublicUrl publicUrl, MeterRegistry meters) {
		this.snapshots = snapshots;
		this.locales = locales;
		this.publicUrl = publicUrl;
		this.meters = meters;
	}

	/** A page in the cache, for {@code CachedAnswersFilter}. */
	@Override
	public Optional<CachedResponse> cached(HttpServletRequest request, HttpServletResponse response) {
		if (!isPage(request)) {
			return Optional.empty();
		}
		Optional<CachedResponse> page = key(request).map(this.pages::getIfPresent);
		if (page.isPresent()) {
			this.meters.counter("vitako.pages", "cache", "hit").increment();
			headers(request, response);
		}
		return page;
	}

	/** Renders a page that is not in the cache yet, and keeps it. */
	OncePerRequestFilter renderedOnce() {
		return new PageFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				render(request, response, chain);
			}

		};
	}

	/** A filter for public pages only. */
	private abstract static class PageFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !isPage(request);
		}

	}

	/**
	 * A public page read without the language switcher (which sets its cookie on the way); never the draft's in
	 * the preview, which is forwarded to the same path.
	 */
	private static boolean isPage(HttpServletRequest request) {
		if (Preview.of(request)) {
			return false;
		}
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		String path = request.getRequestURI();
		return read && request.getParameter("lang") == null && (SITE_PAGES.contains(path) || isMetricPage(path));
	}

	/** {@code /metrics/employees}, not its images ({@code .png}, {@code .svg}, {@code /card.png}). */
	private static boolean isMetricPage(String path) {
		return metricSlug(path) != null;
	}

	/** The slug of a metric page's path; {@code null} for any other path, a metric's images among them. */
	private static String metricSlug(String path) {
		PathPattern.PathMatchInfo page = METRIC_PAGE.matchAndExtract(PathContainer.parsePath(path));
		String slug = (page != null) ? page.getUriVariables().get("slug") : null;
		return (slug != null && slug.indexOf('.') < 0) ? slug : null;
	}

	/**
	 * The page's key, or empty if this request's page must be rendered for it alone: one whose absolute URLs come
	 * from an address that may not be shared ({@link PublicUrl#mayBeShared}).
	 */
	private Optional<PageKey> key(HttpServletRequest request) {
		if (!this.publicUrl.mayBeShared(request)) {
			return Optional.empty();
		}
		String release = request.getParameter(ReleaseCaching.PARAMETER);
		// an unknown release is not kept: the page says so, with a 404
		return this.snapshots.findSnapshot(release).flatMap((snapshot) -> key(request, release, snapshot));
	}

	private Optional<PageKey> key(HttpServletRequest request, String release, FigureSnapshot snapshot) {
		return pageParameters(request, snapshot).map((parameters) -> {
			if (release != null) {
				parameters.put(ReleaseCaching.PARAMETER, String.valueOf(snapshot.revision()));
			}
			return new PageKey(snapshot.revision(), this.publicUrl.base(request),
					this.locales.resolveLocale(request).getLanguage(), request.getRequestURI(), parameters);
		});
	}

	/** A page of a named release never changes; one of the latest is revalidated with its ETag. */
	private static void headers(HttpServletRequest request, HttpServletResponse response) {
		ReleaseCaching.apply(response, request.getParameter(ReleaseCaching.PARAMETER) != null);
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
	}

	/** Renders the page; a page that is not a 200 is written as it is and not kept. */
	private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		headers(request, response);
		Optional<PageKey> key = key(request);
		if (key.isEmpty()) {
			this.meters.counter("vitako.pages", "cache", "bypass").increment();
			chain.doFilter(request, response);
			return;
		}
		CachedResponse page = this.pages.getIfPresent(key.get());
		if (page == null) {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			Timer.Sample render = Timer.start(this.meters);
			chain.doFilter(new CanonicalRequest(request, key.get().parameters()), wrapper);
			render.stop(this.meters.timer("vitako.page.render"));
			this.meters.counter("vitako.pages", "cache", "miss").increment();
			if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.getContentType() == null
					|| !wrapper.getContentType().startsWith("text/html")) {
				wrapper.copyBodyToResponse();
				return;
			}
			page = CachedResponse.of(wrapper.getContentType(), wrapper.getContentAsByteArray(), key.get().etag());
			this.pages.put(key.get(), page);
		}
		page.writeTo(request, response);
	}

	/**
	 * The parameters that make the page, or empty if the page must be rendered for this request alone: site pages
	 * take none; a metric page takes {@code from} and {@code to} when each is absent or a year with figures, and
	 * {@code index=1} and {@code view=table}.
	 */
	private Optional<Map<String, String>> pageParameters(HttpServletRequest request, FigureSnapshot snapshot) {
		String path = request.getRequestURI();
		String slug = metricSlug(path);
		if (slug == null) {
			return Optional.of(new LinkedHashMap<>());
		}
		Optional<MetricData> metric = snapshot.metric(slug.replace('-', '_'));
		List<Integer> years = metric.map(MetricData::years).orElse(List.of());
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String name : List.of("from", "to")) {
			String value = request.getParameter(name);
			if (value == null) {
				continue;
			}
			if (!value.matches("\\d{4}") || !years.contains(Integer.valueOf(value))) {
				return Optional.empty();
			}
			parameters.put(name, value);
		}
		// the reader's view: the index and the table, each in the one form the page's links write
		for (Map.Entry<String, String> view : Map.of("index", "1", "view", "table").entrySet()) {
			String value = request.getParameter(view.getKey());
			if (value == null) {
				continue;
			}
			if (!value.equals(view.getValue())) {
				return Optional.empty();
			}
			parameters.put(view.getKey(), value);
		}
		return Optional.of(parameters);
	}

	int size() {
		this.pages.cleanUp();
		return (int) this.pages.estimatedSize();
	}

	private record PageKey(long revision, String base, String language, String path, Map<String, String> parameters) {

		/** Weak: the compressed and the plain bytes are the same page. */
		String etag() {
			return "W/\"" + this.revision + "-" + this.language + "-" + Integer.toHexString(hashCode()) + "\"";
		}

	}

	/** The request as the page sees it: with only the parameters that make it. */
	private static final class CanonicalRequest extends HttpServletRequestWrapper {

		private final Map<String, String> parameters;

		CanonicalRequest(HttpServletRequest request, Map<String, String> parameters) {
			super(request);
			this.parameters = parameters;
		}

		@Override
		public String getParameter(String name) {
			return this.parameters.get(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> map = new LinkedHashMap<>();
			this.parameters.forEach((name, value) -> map.put(name, new String[] { value }));
			return map;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String value = this.parameters.get(name);
			return value == null ? null : new String[] { value };
		}

		@Override
		public String getQueryString() {
			if (this.parameters.isEmpty()) {
				return null;
			}
			StringBuilder query = new StringBuilder();
			this.parameters.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&").append(name).append('=')
				.append(value));
			return query.toString();
		}

	}

}
