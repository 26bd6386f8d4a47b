package de.vitako.dashboard.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, before anything reads it, a request that no page of ours can mean: a NUL character anywhere in
 * its parameters (PostgreSQL cannot store one, so it would fail deep inside as a 500), a query string with broken
 * percent-encoding, parameters the container cannot read (with its status: 413 for a body too large), or a
 * parameter name with a list index that no form has (negative, not a number, or past the
 * 256 elements that data binding grows a list to). The error page is rendered from a request without parameters,
 * so that nothing on the way parses them again.
 * <p>
 * A request body is read only where a form needs it (a POST to the admin area, the login or the logout), in one of
 * the {@link BodyReaders}' slots: a client that sends its body a byte at a time holds one of those, never the
 * request workers that pages need; one more waits a second for its turn, then gets 503.
 */
class RequestInputFilter extends OncePerRequestFilter {

	private final BodyReaders readers;

	RequestInputFilter(BodyReaders readers) {
		this.readers = readers;
	}

	private static final Pattern BROKEN_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	/** A plain name, or a name with one index from 0 to 255: {@code values[0]}. */
	private static final Pattern PARAMETER_NAME = Pattern
		.compile("[A-Za-z_][A-Za-z0-9_.-]*(\\[(\\d|[1-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])])?");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		int refusal = 0;
		if ((query != null && (BROKEN_PERCENT.matcher(query).find() || query.contains("%00")))
				|| request.getRequestURI().contains("%00")) {
			refusal = HttpServletResponse.SC_BAD_REQUEST;
		}
		else if (!"POST".equals(request.getMethod()) || isForm(request)) {
			refusal = checkParameters(request);
		}
		if (refusal != 0) {
			refuse(request, response, refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Reads and checks the parameters: the query's, and a form's fields (its body) within one of the readers'
	 * turns. 0 if they are acceptable, else the status to refuse them with.
	 */
	private int checkParameters(HttpServletRequest request) {
		boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		if (body && !this.readers.enter(Duration.ofSeconds(1))) {
			return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
		}
		try {
			return acceptable(request.getParameterMap()) ? 0 : HttpServletResponse.SC_BAD_REQUEST;
		}
		catch (InvalidParameterException ex) {
			// the container could not read the parameters: too many, too large, or not decodable
			return (ex.getErrorCode() >= 400) ? ex.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
		}
		finally {
			if (body) {
				this.readers.leave();
			}
		}
	}

	/** The addresses whose POSTs carry form fields. */
	private static boolean isForm(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/admin/") || path.equals("/login") || path.equals("/logout");
	}

	private static boolean acceptable(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (name.indexOf('\0') >= 0 || (name.indexOf('[') >= 0 && !PARAMETER_NAME.matcher(name).matches())) {
				return false;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return false;
				}
			}
		}
		return true;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
			throws ServletException, IOException {
		if (response.isCommitted()) {
			// the client went away while its body was read: nobody to answer
			return;
		}
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(new WithoutParameters(request), response);
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

		/** No body either: the error page must not try to read an upload the container refused. */
		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

	}

}
