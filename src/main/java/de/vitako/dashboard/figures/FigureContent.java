package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an admin can change of a figure: its value, its flag and its provenance. A confidential figure has no value.
 *
 * @param value the exact value; {@code null} exactly when the status is {@link FigureStatus#CONFIDENTIAL}
 * @param status the value flag, {@code null} for a normal, final value
 */
public record FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note,
		FigureStatus status) {

	public FigureContent {
		if ((value == null) != (status == FigureStatus.CONFIDENTIAL)) {
			throw new IllegalArgumentException(
					"A figure has a value unless it is confidential: " + value + ", " + status);
		}
	}

	/** A normal, final value without a flag. */
	public FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note) {
		this(value, sourceTitle, sourcePage, note, null);
	}

	/** Whether the two say the same: {@code 73.10} is {@code 73.1}. */
	public boolean sameAs(FigureContent other) {
		return other != null && sameValue(this.value, other.value) && this.status == other.status
				&& Objects.equals(this.sourceTitle, other.sourceTitle)
				&& Objects.equals(this.sourcePage, other.sourcePage) && Objects.equals(this.note, other.note);
	}

	private static boolean sameValue(BigDecimal one, BigDecimal other) {
		return (one == null) ? other == null : other != null && one.compareTo(other) == 0;
	}

}
