package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an admin can change of a figure: its value and provenance.
 */
public record FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note) {

	/** Whether the two say the same: {@code 73.10} is {@code 73.1}. */
	public boolean sameAs(FigureContent other) {
		return other != null && this.value.compareTo(other.value) == 0
				&& Objects.equals(this.sourceTitle, other.sourceTitle)
				&& Objects.equals(this.sourcePage, other.sourcePage) && Objects.equals(this.note, other.note);
	}

}
