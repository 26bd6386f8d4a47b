package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import de.vitako.dashboard.shared.Language;

/**
 * A stored figure as readers see it. The value is exact, without trailing zeros ({@code 73.1}, {@code 164400}),
 * and {@code null} for a confidential figure. In a release, the times are those of the releases that first published
 * the figure and last changed it, and {@code changedIn} is the number of the latter; in the draft, {@code changedIn}
 * is 0.
 *
 * @param status the value flag, {@code null} for a normal, final value
 * @param noteEn the note in English, {@code null} for none ({@code note} is the German one)
 * @param basis what a survey's figure rests on, {@code null} for another figure
 */
public record FigureValue(long id, String metric, String segment, int year, BigDecimal value, String sourceTitle,
		Integer sourcePage, String note, Instant createdAt, Instant updatedAt, long version, int changedIn,
		FigureStatus status, String noteEn, FigureBasis basis) {

	/** A figure without a survey's basis. */
	public FigureValue(long id, String metric, String segment, int year, BigDecimal value, String sourceTitle,
			Integer sourcePage, String note, Instant createdAt, Instant updatedAt, long version, int changedIn,
			FigureStatus status, String noteEn) {
		this(id, metric, segment, year, value, sourceTitle, sourcePage, note, createdAt, updatedAt, version, changedIn,
				status, noteEn, null);
	}

	/** A normal, final value without a flag, its note (if any) in German alone. */
	public FigureValue(long id, String metric, String segment, int year, BigDecimal value, String sourceTitle,
			Integer sourcePage, String note, Instant createdAt, Instant updatedAt, long version, int changedIn) {
		this(id, metric, segment, year, value, sourceTitle, sourcePage, note, createdAt, updatedAt, version, changedIn,
				null, null);
	}

	/**
	 * The note in a reader's language; an English reader whose note came in German alone gets the German one
	 * (templates mark it as German). {@code null} for none.
	 */
	public String note(Locale locale) {
		return (Language.of(locale).english() && this.noteEn != null) ? this.noteEn : this.note;
	}

	/** Whether an English reader gets the German note, for lack of an English one. */
	public boolean noteOnlyInGerman(Locale locale) {
		return Language.of(locale).english() && this.noteEn == null && this.note != null;
	}

	/** Whether the value is withheld: no number to show, chart or compute with. */
	public boolean confidential() {
		return this.status == FigureStatus.CONFIDENTIAL;
	}

	/** Whether the figure was changed after it was first published. */
	public boolean corrected() {
		return this.updatedAt.isAfter(this.createdAt);
	}

	/** What an editor can change of it. */
	public FigureContent content() {
		return new FigureContent(this.value, this.sourceTitle, this.sourcePage, this.note, this.status, this.noteEn,
				this.basis);
	}

	/** Source as printed in German: title and page ("…, S. 2"). */
	public String source() {
		return source(Locale.GERMAN);
	}

	/** Source as printed in the reader's language: "…, S. 2" or "…, p. 2". */
	public String source(Locale locale) {
		if (this.sourcePage == null) {
			return this.sourceTitle;
		}
		return this.sourceTitle + Language.of(locale).pick(", S. ", ", p. ") + this.sourcePage;
	}

}
