package de.vitako.dashboard.figures.draft;

/**
 * No figure has this id (any more).
 */
public class FigureNotFoundException extends RuntimeException {

	public FigureNotFoundException(long id) {
		super("No figure has the id " + id);
	}

}
