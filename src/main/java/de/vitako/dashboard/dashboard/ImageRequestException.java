package de.vitako.dashboard.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * An image that cannot be drawn as asked (a bad size, format or language; no chart; too busy): a problem for
 * machines, an error page for browsers, as the {@code Accept} header asks.
 */
class ImageRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	ImageRequestException(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	HttpStatus status() {
		return this.status;
	}

	ResponseEntity<ProblemDetail> problem() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, getMessage());
		problem.setTitle(this.title);
		return ResponseEntity.status(this.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/error", status);
		page.addObject("status", status.value());
		return page;
	}

}
