package de.vitako.dashboard.figures.draft;

import java.util.Optional;

import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.internal.Figure;

/**
 * The figure changed since the form was opened: nothing was overwritten.
 *
 * @param current the figure as it is now; {@code null} if it was deleted meanwhile
 * @param lastChange who changed it last, and when, if recorded
 */
public class FigureConflictException extends RuntimeException {

	private final FigureValue current;

	private final transient Optional<FigureChangeView> lastChange;

	FigureConflictException(FigureValue current, Optional<FigureChangeView> lastChange) {
		super(current == null ? "The figure was deleted meanwhile"
				: "Figure " + current.id() + " is at version " + current.version());
		this.current = current;
		this.lastChange = lastChange;
	}

	public FigureValue current() {
		return this.current;
	}

	public Optional<FigureChangeView> lastChange() {
		return this.lastChange;
	}

}
