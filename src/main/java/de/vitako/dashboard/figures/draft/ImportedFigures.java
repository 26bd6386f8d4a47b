package de.vitako.dashboard.figures.draft;

import java.util.List;

import de.vitako.dashboard.figures.FigureContent;

/**
 * An import to apply to the draft: the file it came from, its row counts, the draft's revision its preview was
 * computed on, and the figures to create or correct.
 *
 * @param sha256 the file's SHA-256, in lower-case hex
 * @param rowsRead the file's data rows
 * @param unchanged rows that change nothing (kept in the record, not applied)
 */
public record ImportedFigures(String fileName, String sha256, int rowsRead, int unchanged, long draftRevision,
		List<Item> items) {

	/** One figure as the file gives it. */
	public record Item(String metric, String segment, int year, FigureContent content) {
	}

}
