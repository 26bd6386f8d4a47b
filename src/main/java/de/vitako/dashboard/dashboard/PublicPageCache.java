package de.vitako.dashboard.dashboard;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.FigureCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages are the same for every reader of a language, so each is rendered once per data revision, language
 * and query, and then served from memory. Every answer carries an ETag built from those three, so a reload costs a
 * 304. A change of the figures moves the revision and so drops every cached page.
 */
class PublicPageCache extends OncePerRequestFilter {

	/** Enough for every page in both languages and many year ranges; past it, the cache starts over. */
	private static final int MAX_ENTRIES = 2_000;

	private final FigureCatalog catalog;

	private final LocaleResolver locales;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

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
		if (request.getParameter("lang") != null) {
			return true;
		}
		String path = request.getRequestURI();
		return !(path.equals("/") || path.startsWith("/metrics/") || path.equals("/impressum")
				|| path.equals("/datenschutz") || path.equals("/barrierefreiheit"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long revision = this.catalog.snapshot().revision();
		Locale locale = this.locales.resolveLocale(request);
		String query = request.getQueryString();
		String key = locale.getLanguage() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
		// weak: the compressed and the plain bytes are the same page (and Tomcat compresses only weak ETags)
		String etag = "W/\"" + revision + "-" + locale.getLanguage() + "-" + Integer.toHexString(key.hashCode()) + "\"";
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && ifNoneMatch.replace("W/", "").equals(etag.substring(2))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			this.meters.counter("vitako.pages", "cache", "not_modified").increment();
			return;
		}
		Page page = this.pages.get(key);
		if (page != null && page.revision() == revision) {
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			this.meters.counter("vitako.pages", "cache", "hit").increment();
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		Timer.Sample render = Timer.start(this.meters);
		chain.doFilter(request, wrapper);
		render.stop(this.meters.timer("vitako.page.render"));
		this.meters.counter("vitako.pages", "cache", "miss").increment();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
				&& wrapper.getContentType().startsWith("text/html")) {
			if (this.pages.size() >= MAX_ENTRIES) {
				this.pages.clear();
			}
			this.pages.put(key, new Page(revision, wrapper.getContentType(), wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	private record Page(long revision, String contentType, byte[] body) {
	}

}
