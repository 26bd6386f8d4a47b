package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.UnknownReleaseException;
import de.vitako.dashboard.shared.ProblemException;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * An image that cannot be drawn, answered as the client asks: an error page for a browser that accepts HTML, else
 * an RFC 9457 problem (an {@code <img>} or a script). Also for a metric page asked for in another format
 * ({@code /metrics/employees.gif}: 400, not "no such metric").
 */
@Order(0)
@ControllerAdvice(assignableTypes = { ChartImageController.class, DashboardController.class })
class ImageProblems {

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(ImageRequestException ex) {
		return ImageRequestException.page(ex.status());
	}

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE, exception = { UnknownMetricException.class,
			UnknownReleaseException.class })
	ModelAndView missingPage(ProblemException ex) {
		return ImageRequestException.page(HttpStatus.valueOf(ex.getStatusCode().value()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> problem(ImageRequestException ex) {
		return ex.problem();
	}

	@ExceptionHandler({ UnknownMetricException.class, UnknownReleaseException.class })
	ResponseEntity<ProblemDetail> missing(ProblemException ex) {
		return ImageRequestException.problem(ex);
	}

}
