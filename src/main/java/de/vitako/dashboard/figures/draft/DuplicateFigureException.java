package de.vitako.dashboard.figures.draft;

/**
 * A figure for this metric, segment and year exists already.
 */
public class DuplicateFigureException extends RuntimeException {

	private final String segment;

	DuplicateFigureException(String metric, String segment, int year) {
		super("A figure for " + metric + "/" + segment + "/" + year + " exists already");
		this.segment = segment;
	}

	public String segment() {
		return this.segment;
	}

}
