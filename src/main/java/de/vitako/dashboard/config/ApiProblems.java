package de.vitako.dashboard.config;

import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the read API is an RFC 9457 problem, not Spring's default JSON or an HTML page: an unknown path
 * under {@code /api} (404), a method the API does not take (405, with {@code Allow}), an answer in a type the
 * client will not accept (406), a parameter that is missing or of the wrong type (400). Other URLs keep their own
 * error handling (HTML pages, the exports' problems), but a 405 anywhere names HEAD beside GET in {@code Allow}.
 */
@Component
class ApiProblems implements HandlerExceptionResolver, Ordered {

	private static final URI TYPE = URI.create("urn:vitako:problem:api");

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		// before Spring's own resolvers, which would answer with an HTML error page
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (response.isCommitted()) {
			return null;
		}
		if (!request.getRequestURI().startsWith("/api/")) {
			return (ex instanceof HttpRequestMethodNotSupportedException unsupported) ? refuseMethod(unsupported,
					response) : null;
		}
		ProblemDetail problem;
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			problem = problem(HttpStatus.NOT_FOUND, "Not found",
					"The API has no resource at " + request.getRequestURI() + ". GET /v3/api-docs describes it.");
		}
		else if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
			String allowed = allowed(unsupported);
			response.setHeader(HttpHeaders.ALLOW, allowed);
			problem = problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
					"The API only reads: " + allowed + ", not " + request.getMethod() + ".");
		}
		else if (ex instanceof HttpMediaTypeNotAcceptableException) {
			problem = problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
					"The API answers application/json (errors as application/problem+json); for CSV and Excel "
							+ "see /export.");
		}
		else if (ex instanceof MissingServletRequestParameterException
				|| ex instanceof MethodArgumentTypeMismatchException) {
			problem = problem(HttpStatus.BAD_REQUEST, "Bad request", "A parameter is missing or malformed.");
		}
		else {
			return null;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		try {
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.getOutputStream().write(this.json.writeValueAsBytes(body));
		}
		catch (IOException writeFailed) {
			return null;
		}
		return new ModelAndView();
	}

	/** Elsewhere a 405 is our error page, with an {@code Allow} that names HEAD too. */
	private static ModelAndView refuseMethod(HttpRequestMethodNotSupportedException unsupported,
			HttpServletResponse response) {
		try {
			response.setHeader(HttpHeaders.ALLOW, allowed(unsupported));
			response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
			return new ModelAndView();
		}
		catch (IOException ex) {
			return null;
		}
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

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(TYPE);
		return problem;
	}

}
