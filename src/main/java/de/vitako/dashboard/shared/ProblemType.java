package de.vitako.dashboard.shared;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The kinds of error a client of the public data can get, each with one RFC 9457 problem {@code type} and one
 * status, whichever endpoint answers: the read API, the exports, the data package, the DCAT catalogue or a chart
 * image. A client can branch on the type; the title and detail say the rest for people.
 */
public enum ProblemType {

	/** A parameter that is missing, malformed or out of range (a year, a width, a format, a release number...). */
	BAD_PARAMETER("bad-parameter", HttpStatus.BAD_REQUEST),

	/** A release number that is well formed but was never published. */
	UNKNOWN_RELEASE("unknown-release", HttpStatus.NOT_FOUND),

	/** A metric code that the catalogue (of the release asked for) does not have. */
	UNKNOWN_METRIC("unknown-metric", HttpStatus.NOT_FOUND),

	/** Filters that are all valid but match no figure, where an empty answer would look like success. */
	NO_FIGURES("no-figures", HttpStatus.NOT_FOUND),

	/** No resource at this path. */
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND),

	/** A method other than GET or HEAD; the answer's {@code Allow} names those that are. */
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),

	/** An {@code Accept} header that rules out every format the endpoint has. */
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),

	/** Every place where the answer is made is taken, and so is every place to wait for one: try again soon. */
	TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS),

	/** The answer could not be made in time (the places that make it stayed taken): try again soon. */
	BUSY("busy", HttpStatus.SERVICE_UNAVAILABLE);

	private final URI type;

	private final HttpStatus status;

	ProblemType(String name, HttpStatus status) {
		this.type = URI.create("urn:vitako:problem:" + name);
		this.status = status;
	}

	/** The problem's {@code type}. */
	public URI type() {
		return this.type;
	}

	/** The status every answer of this kind has. */
	public HttpStatus status() {
		return this.status;
	}

	/** The kind that stands for a status where nothing more specific is known, if one does. */
	public static ProblemType of(int status) {
		return switch (status) {
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 400 -> BAD_PARAMETER;
			case 429 -> TOO_MANY_REQUESTS;
			default -> null;
		};
	}

}
