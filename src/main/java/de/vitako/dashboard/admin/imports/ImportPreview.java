package de.vitako.dashboard.admin.imports;

import java.util.List;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;

/**
 * What an import would do to the draft, computed without writing anything: the new and changed figures (old →
 * new), how many rows change nothing, every problem with its row and column, the plausibility warnings an admin
 * must confirm, and notices (ignored columns). It holds the draft's revision it was computed on: applying it after
 * the draft changed is refused.
 *
 * @param rows the data rows read (blank rows not counted)
 */
record ImportPreview(String kind, int rows, List<Change> added, List<Change> changed, int unchanged,
		List<Problem> problems, List<String> warnings, List<String> notices, long draftRevision) {

	public boolean applicable() {
		return this.problems.isEmpty() && (!this.added.isEmpty() || !this.changed.isEmpty());
	}

	/** Rows with at least one problem. */
	public long erroneousRows() {
		return this.problems.stream().mapToInt(Problem::row).distinct().count();
	}

	/**
	 * A figure the import adds ({@code before} is {@code null}), changes or leaves as it is.
	 *
	 * @param row the file's row it comes from
	 */
	record Change(int row, MetricInfo metric, SegmentInfo segment, int year, FigureValue before, FigureContent after) {
	}

	/** A problem of one cell: its row, its column's header, and a message in the admin's language. */
	record Problem(int row, String column, String message) {
	}

}
