package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One figure as a row, with the labels of the language asked for: what {@link FigureRows} reads for the exports
 * and the figures query, and what a page makes from its snapshot to print an export's size.
 *
 * @param unit the unit's code ({@code count}, {@code percent}, {@code euro})
 * @param metricLabel the metric's label in the filter's language
 * @param segmentLabel the segment's label for this metric, in the filter's language
 * @param updatedAt when the figure last changed: for a release, when the release that last changed it was
 * published
 * @param value the exact value, {@code null} for a confidential figure
 * @param status the value flag, {@code null} for a normal, final value
 * @param note the note in German; {@code noteEn} the same in English, where there is one
 * @param basis what a survey's figure rests on, {@code null} for another figure
 */
public record FigureRow(String metric, String segment, int year, BigDecimal value, String unit, String metricLabel,
		String segmentLabel, String sourceTitle, Integer sourcePage, String note, Instant updatedAt,
		FigureStatus status, String noteEn, FigureBasis basis) {

	/** The members that answered, {@code null} for a figure not from the survey. */
	public Integer respondents() {
		return (this.basis != null) ? this.basis.respondents() : null;
	}

	/** The members invited, {@code null} for a figure not from the survey. */
	public Integer invited() {
		return (this.basis != null) ? this.basis.invited() : null;
	}

}
