package de.vitako.dashboard.admin;

import de.vitako.dashboard.figures.FigureValue;

/**
 * One figure in the admin list: as the latest release published it and as the draft has it.
 *
 * @param published {@code null} if the draft adds the figure
 * @param draft {@code null} if the draft removes the figure
 */
record DraftRow(String metric, String segment, int year, FigureValue published, FigureValue draft) {

	/** Whether publishing the draft would change this figure. */
	public boolean differs() {
		if (this.published == null || this.draft == null) {
			return this.published != this.draft;
		}
		return !this.published.content().sameAs(this.draft.content());
	}

	/** {@code added}, {@code removed}, {@code changed}, or {@code null} if the draft is as published. */
	public String mark() {
		if (!differs()) {
			return null;
		}
		if (this.published == null) {
			return "added";
		}
		return (this.draft == null) ? "removed" : "changed";
	}

}
