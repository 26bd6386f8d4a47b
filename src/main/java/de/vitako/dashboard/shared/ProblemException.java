package de.vitako.dashboard.shared;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request for public data that cannot be answered, as an RFC 9457 problem of one {@link ProblemType}: Spring
 * MVC answers it with its problem (its status, type, title and detail), and the site's error page where a browser
 * asked for a page.
 */
public class ProblemException extends ErrorResponseException {

	private final ProblemType kind;

	public ProblemException(ProblemType kind, String title, String detail) {
		super(kind.status(), problem(kind, title, detail), null);
		this.kind = kind;
	}

	/** The kind of error. */
	public ProblemType kind() {
		return this.kind;
	}

	@Override
	public String getMessage() {
		return getBody().getTitle() + ": " + getBody().getDetail();
	}

	private static ProblemDetail problem(ProblemType kind, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
		problem.setType(kind.type());
		problem.setTitle(title);
		return problem;
	}

}
