package de.vitako.dashboard.api;

import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.shared.PublicData;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the public data (the read API, the exports, the data package, the DCAT catalogue, the images) as
 * an RFC 9457 problem of one {@link ProblemType} per kind, whichever endpoint answers: an unknown path, a method
 * other than GET and HEAD (405, with an {@code Allow} that names HEAD too), an answer in a type the client will not
 * accept (406), a parameter that is missing or malformed (400), and every {@link ProblemException} the handlers
 * throw (an unknown release or metric, filters that match nothing).
 * <p>
 * Elsewhere (pages, forms) Spring's own errors become the site's error page, as Spring's
 * {@code DefaultHandlerExceptionResolver} would answer them: this advice sees them first because an error without
 * a handler (an unknown path, a method no mapping takes) reaches no scoped advice. The admin forms and the images
 * answer their own errors first ({@code @Order} before this one).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpHeaders allow = new HttpHeaders();
		allow.putAll(headers);
		allow.set(HttpHeaders.ALLOW, allowed(ex));
		return handleExceptionInternal(ex, null, allow, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ServletWebRequest servlet = (ServletWebRequest) request;
		if (!PublicData.matches(servlet.getRequest())) {
			return sendError(servlet.getResponse(), headers, statusCode);
		}
		// never kept by a cache: a release or metric unknown today may be published tomorrow
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		problemHeaders.setCacheControl(CacheControl.noCache());
		ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, problemHeaders, statusCode, request);
		if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
			describe(problem, ex, servlet);
		}
		return answer;
	}

	/** The kind's type, and for Spring's own errors a title and detail that say what to do. */
	private static void describe(ProblemDetail problem, Exception ex, ServletWebRequest request) {
		if (ex instanceof ProblemException) {
			return;
		}
		ProblemType kind = ProblemType.of(problem.getStatus());
		if (kind == null) {
			return;
		}
		problem.setType(kind.type());
		String path = request.getRequest().getRequestURI();
		switch (kind) {
			case NOT_FOUND -> {
				problem.setTitle("Not found");
				problem.setDetail("The API has no resource at " + path + ". GET /v3/api-docs describes it.");
			}
			case METHOD_NOT_ALLOWED -> {
				problem.setTitle("Method not allowed");
				problem.setDetail("The API only reads: " + allowed((HttpRequestMethodNotSupportedException) ex)
						+ ", not " + request.getRequest().getMethod() + ".");
			}
			case NOT_ACCEPTABLE -> {
				problem.setTitle("Not acceptable");
				problem.setDetail("The API answers application/json (errors as application/problem+json); for CSV "
						+ "and Excel see /export.");
			}
			default -> {
				problem.setTitle("Bad request");
				problem.setDetail("A parameter is missing or malformed.");
			}
		}
	}

	/**
	 * The site's error page (or the error controller's problem), with the headers the error names ({@code Allow}):
	 * what Spring would have answered without this advice.
	 */
	private static ResponseEntity<Object> sendError(HttpServletResponse response, HttpHeaders headers,
			HttpStatusCode status) {
		try {
			headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			response.sendError(status.value());
		}
		catch (IOException ex) {
			// the client has gone
		}
		return null;
	}

	/** HEAD is answered wherever GET is, though the mappings name GET only. */
	private static String allowed(HttpRequestMethodNotSupportedException unsupported) {
		Set<HttpMethod> methods = new TreeSet<>(Comparator.comparing(HttpMethod::name));
		methods.addAll((unsupported.getSupportedHttpMethods() == null) ? Set.of(HttpMethod.GET)
				: unsupported.getSupportedHttpMethods());
		if (methods.contains(HttpMethod.GET)) {
			methods.add(HttpMethod.HEAD);
		}
		return methods.stream().map(HttpMethod::name).collect(Collectors.joining(", "));
	}

}
