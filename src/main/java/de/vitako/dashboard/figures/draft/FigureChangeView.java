package de.vitako.dashboard.figures.draft;

import java.time.Instant;

import de.vitako.dashboard.figures.FigureContent;

/**
 * A recorded change of a figure.
 *
 * @param before the figure's value, source and note before the change; {@code null} for a creation
 * @param after the same after the change; {@code null} for a deletion
 */
public record FigureChangeView(long id, ChangeAction action, String metric, String segment, int year,
		FigureContent before, FigureContent after, String reason, String changedBy, Instant changedAt) {

	/** Whether this change can be undone by restoring the state before it. */
	public boolean restorable() {
		return this.before != null;
	}

}
