package de.vitako.dashboard.survey;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A member's answer for one segment of a question: a value, or "keine Angabe" ({@code value} {@code null}), which
 * is an answer in its own right, distinct from 0 and from a field left empty (no answer at all).
 *
 * @param note the member's comment on the value, {@code null} for none
 * @param confirmed whether the member confirmed a value that jumps against last year's
 */
public record Answer(BigDecimal value, String note, boolean confirmed) implements Serializable {

	/** The most a note holds, as the database does. */
	public static final int NOTE_LENGTH = 500;

	public Answer {
		value = (value != null) ? value.stripTrailingZeros() : null;
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	public static Answer of(BigDecimal value) {
		return new Answer(value, null, false);
	}

	public static Answer notStated() {
		return new Answer(null, null, false);
	}

	public boolean declined() {
		return this.value == null;
	}

	/** The history's name of the state: {@code declined} or {@code value}. */
	String state() {
		return declined() ? "declined" : "value";
	}

}
