package de.vitako.dashboard.export;

import org.springframework.http.HttpStatus;

/**
 * An export request that cannot be answered, with a message that says why.
 */
class BadExportRequestException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	BadExportRequestException(HttpStatus status, String title, String detail) {
		super(detail);
		this.status = status;
		this.title = title;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

}
