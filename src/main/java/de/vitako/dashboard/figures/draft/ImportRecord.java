package de.vitako.dashboard.figures.draft;

import java.time.Instant;

/**
 * An applied import, as the history shows it.
 *
 * @param undoable whether it can still be undone: not undone, and none of its changes published
 */
public record ImportRecord(long id, String fileName, String sha256, int rowsRead, int added, int changed,
		int unchanged, String importedBy, Instant importedAt, String undoneBy, Instant undoneAt, boolean undoable) {
}
