package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * An image that cannot be drawn as asked (a bad size, format or language; no chart; too busy): a problem for
 * machines, an error page for browsers, as the {@code Accept} header asks.
 */
class ImageRequestException extends ProblemException {

	ImageRequestException(ProblemType kind, String title, String detail) {
		super(kind, title, detail);
	}

	HttpStatus status() {
		return kind().status();
	}

	ResponseEntity<ProblemDetail> problem() {
		return problem(this);
	}

	/** The problem of any error of the public data, whatever the client accepts. */
	static ResponseEntity<ProblemDetail> problem(ProblemException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ex.getBody());
	}

	static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/error", status);
		page.addObject("status", status.value());
		return page;
	}

}
