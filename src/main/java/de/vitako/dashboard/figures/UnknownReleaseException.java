package de.vitako.dashboard.figures;

/**
 * A request named a release that has not been published (or no release number at all).
 */
public class UnknownReleaseException extends RuntimeException {

	public UnknownReleaseException(String requested) {
		super("No published release " + requested);
	}

}
