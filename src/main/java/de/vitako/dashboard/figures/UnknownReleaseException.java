package de.vitako.dashboard.figures;

/**
 * A request named a release that has not been published, or something that is no release number at all
 * ({@link #malformed()}: a 400 where the other is a 404).
 */
public class UnknownReleaseException extends RuntimeException {

	private final boolean malformed;

	public UnknownReleaseException(String requested) {
		super("No published release " + requested);
		this.malformed = requested != null && !requested.strip().matches("\\d{1,9}");
	}

	/** Whether what was asked for is no release number (such as {@code abc}), rather than an unknown one. */
	public boolean malformed() {
		return this.malformed;
	}

}
