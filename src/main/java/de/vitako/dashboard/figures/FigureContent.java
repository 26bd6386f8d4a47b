package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import de.vitako.dashboard.shared.Language;

/**
 * What an admin can change of a figure: its value, its flag and its provenance. A confidential figure has no value.
 *
 * @param value the exact value; {@code null} exactly when the status is {@link FigureStatus#CONFIDENTIAL}
 * @param note the note in German, {@code null} for none
 * @param status the value flag, {@code null} for a normal, final value
 * @param noteEn the note in English, {@code null} for none (an imported note may come in German alone)
 * @param basis what a survey's figure rests on, {@code null} for another figure
 */
public record FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note,
		FigureStatus status, String noteEn, FigureBasis basis) {

	public FigureContent {
		if ((value == null) != (status == FigureStatus.CONFIDENTIAL)) {
			throw new IllegalArgumentException(
					"A figure has a value unless it is confidential: " + value + ", " + status);
		}
	}

	/** A figure without a survey's basis. */
	public FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note, FigureStatus status,
			String noteEn) {
		this(value, sourceTitle, sourcePage, note, status, noteEn, null);
	}

	/** A normal, final value without a flag, its note (if any) in German alone. */
	public FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note) {
		this(value, sourceTitle, sourcePage, note, null, null);
	}

	/** A figure whose note (if any) is in German alone. */
	public FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note, FigureStatus status) {
		this(value, sourceTitle, sourcePage, note, status, null);
	}

	/** The note in a reader's language; the German one where an English one is missing; {@code null} for none. */
	public String note(Locale locale) {
		return (Language.of(locale).english() && this.noteEn != null) ? this.noteEn : this.note;
	}

	/** Whether the two say the same: {@code 73.10} is {@code 73.1}. */
	public boolean sameAs(FigureContent other) {
		return other != null && sameValue(this.value, other.value) && this.status == other.status
				&& Objects.equals(this.sourceTitle, other.sourceTitle)
				&& Objects.equals(this.sourcePage, other.sourcePage) && Objects.equals(this.note, other.note)
				&& Objects.equals(this.noteEn, other.noteEn) && Objects.equals(this.basis, other.basis);
	}

	private static boolean sameValue(BigDecimal one, BigDecimal other) {
		return (one == null) ? other == null : other != null && one.compareTo(other) == 0;
	}

}
