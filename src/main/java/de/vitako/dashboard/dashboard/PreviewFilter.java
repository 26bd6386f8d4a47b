package de.vitako.dashboard.dashboard;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import de.vitako.dashboard.shared.Preview;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Shows the public site as it will be after publication: a request under {@code /admin/preview} (which the
 * security rules give to editors only) is forwarded to the public page, export or API answer, marked so that it
 * reads the draft. Its links stay in the preview, and it is never stored (no-store, no ETag) nor indexed.
 */
class PreviewFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String target = path.substring(Preview.PREFIX.length());
		if (!target.isEmpty() && !target.startsWith("/")) {
			chain.doFilter(request, response);
			return;
		}
		Preview.mark(request);
		PreviewResponse preview = new PreviewResponse(response, request.getContextPath());
		preview.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		preview.setHeader("X-Robots-Tag", "noindex");
		request.getRequestDispatcher(target.isEmpty() ? "/" : target).forward(request, preview);
	}

	/** Keeps links in the preview, and keeps the answer from being cached anywhere. */
	private static final class PreviewResponse extends HttpServletResponseWrapper {

		private final String contextPath;

		PreviewResponse(HttpServletResponse response, String contextPath) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			String encoded = super.encodeURL(url);
			String local = encoded.startsWith(this.contextPath) ? encoded.substring(this.contextPath.length()) : encoded;
			if (local.equals("/") || local.startsWith("/?") || local.startsWith("/metrics/")
					|| local.startsWith("/export/") || local.startsWith("/api/v1/")) {
				return this.contextPath + Preview.PREFIX + local;
			}
			return encoded;
		}

		@Override
		public void setHeader(String name, String value) {
			if (!fixed(name)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!fixed(name)) {
				super.addHeader(name, value);
			}
		}

		/** Set once by the preview: what the public answers would set instead is dropped. */
		private boolean fixed(String name) {
			String header = name.toLowerCase(Locale.ROOT);
			if (header.equals("etag") || header.equals("last-modified")) {
				return true;
			}
			return header.equals("cache-control") && getHeader(HttpHeaders.CACHE_CONTROL) != null;
		}

	}

}
