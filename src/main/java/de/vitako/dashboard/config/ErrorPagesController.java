package de.vitako.dashboard.config;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.shared.SecurityHeaders;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the application answers, in the visitor's language: our own page for browsers
 * ({@code error/403}, {@code error/404} and {@code error/503} where they exist, {@code error/error} for every other
 * status), an RFC 9457 problem for everyone else, whatever they accept. Never a stack trace or an exception's
 * message.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController implements ErrorController {

	private static final Set<Integer> OWN_PAGES = Set.of(403, 404, 503);

	private final MessageSourceAccessor messages;

	ErrorPagesController(MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages);
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
		SecurityHeaders.applyIfMissing(response);
		HttpStatus status = status(request);
		ModelAndView page = new ModelAndView(OWN_PAGES.contains(status.value()) ? "error/" + status.value()
				: "error/error", status);
		page.addObject("status", status.value());
		return page;
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		SecurityHeaders.applyIfMissing(response);
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		// every field the API's Problem schema requires, whatever refused the request
		// the kind's type wherever the status names one, as the API's own problems have it
		ProblemType kind = ProblemType.of(status.value());
		problem.setType((kind != null) ? kind.type() : URI.create("urn:vitako:problem:http-" + status.value()));
		problem.setTitle(title(status, locale));
		problem.setDetail(status.is4xxClientError()
				? this.messages.getMessage("error.client.text", new Object[] { status.value() }, locale)
				: this.messages.getMessage("error.text", locale));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// not a path we can name: leave the instance out
			}
		}
		// the content type is set, so that any Accept header gets the problem rather than a 406
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String title(HttpStatus status, Locale locale) {
		return this.messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status == null || !status.isError()) ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
