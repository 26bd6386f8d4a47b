package de.vitako.dashboard.dashboard;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.shared.CachedResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages are the same for every reader of a language, so each is rendered once per data revision and then
 * served from memory, with its gzip form made once too. The key holds only what changes a page: its path, the
 * language and, on a metric page, the years of the growth table when they are years the metric has. Any other
 * parameter is ignored (the page is rendered without it), so random query strings neither miss nor evict; a
 * growth range the page must explain (a year without figures, a typo) is rendered without caching.
 */
class PublicPageCache extends OncePerRequestFilter {

	/** Every page in both languages with every year range of every metric fits many times over. */
	static final int MAX_ENTRIES = 2_000;

	private static final List<String> SITE_PAGES = List.of("/", "/impressum", "/datenschutz", "/barrierefreiheit");

	private final FigureCatalog catalog;

	private final LocaleResolver locales;

	private final Cache<PageKey, CachedResponse> pages = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

	private final MeterRegistry meters;

	PublicPageCache(FigureCatalog catalog, LocaleResolver locales, MeterRegistry meters) {
		this.catalog = catalog;
		this.locales = locales;
		this.meters = meters;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		// the language switcher sets its cookie on the way
		if (request.getParameter("lang") != null) {
			return true;
		}
		String path = request.getRequestURI();
		return !(SITE_PAGES.contains(path) || path.startsWith("/metrics/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long revision = this.catalog.snapshot().revision();
		Locale locale = this.locales.resolveLocale(request);
		Optional<Map<String, String>> parameters = pageParameters(request);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		if (parameters.isEmpty()) {
			this.meters.counter("vitako.pages", "cache", "bypass").increment();
			chain.doFilter(request, response);
			return;
		}
		PageKey key = new PageKey(revision, locale.getLanguage(), request.getRequestURI(), parameters.get());
		CachedResponse page = this.pages.getIfPresent(key);
		if (page == null) {
			page = render(key, new CanonicalRequest(request, parameters.get()), response, chain);
			if (page == null) {
				return;
			}
			this.pages.put(key, page);
		}
		else {
			this.meters.counter("vitako.pages", "cache", "hit").increment();
		}
		page.writeTo(request, response);
	}

	/** Renders the page; a page that is not a 200 is written as it is and not kept. */
	private CachedResponse render(PageKey key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		Timer.Sample render = Timer.start(this.meters);
		chain.doFilter(request, wrapper);
		render.stop(this.meters.timer("vitako.page.render"));
		this.meters.counter("vitako.pages", "cache", "miss").increment();
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || wrapper.getContentType() == null
				|| !wrapper.getContentType().startsWith("text/html")) {
			wrapper.copyBodyToResponse();
			return null;
		}
		return CachedResponse.of(wrapper.getContentType(), wrapper.getContentAsByteArray(), key.etag());
	}

	/**
	 * The parameters that make the page, or empty if the page must be rendered for this request alone: site pages
	 * take none; a metric page takes {@code from} and {@code to} when each is absent or a year with figures.
	 */
	private Optional<Map<String, String>> pageParameters(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!path.startsWith("/metrics/")) {
			return Optional.of(Map.of());
		}
		Optional<MetricData> metric = this.catalog.metric(path.substring("/metrics/".length()).replace('-', '_'));
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
		return Optional.of(parameters);
	}

	int size() {
		this.pages.cleanUp();
		return (int) this.pages.estimatedSize();
	}

	private record PageKey(long revision, String language, String path, Map<String, String> parameters) {

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
