package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.NumberInput;

/**
 * The form that adds one year's figures of a metric, one value per segment in the metric's order; a segment left
 * empty was not reported, unless its flag says it is confidential. Year, values, flags and page are read by
 * {@link FigureInputValidator}.
 *
 * @param statuses each segment's value flag code, in the same order as the values, empty for none
 */
record NewYearForm(String year, List<String> values, List<String> statuses,
		@NotBlank(message = "{admin.source.required}") @AdminText(max = 300, tooLong = "{admin.source.tooLong}") String sourceTitle,
		String sourcePage, @AdminText(max = 2000, tooLong = "{admin.note.tooLong}") String note,
		@AdminText(max = 2000, tooLong = "{admin.note.tooLong}") String noteEn,
		@AdminText(max = 500, tooLong = "{admin.reason.tooLong}") String reason, Boolean confirmed) {

	/** A form sent without any value still shows its fields again, each empty, with the messages. */
	NewYearForm {
		values = (values != null) ? new ArrayList<>(values) : new ArrayList<>();
		statuses = (statuses != null) ? new ArrayList<>(statuses) : new ArrayList<>();
	}

	String value(int index) {
		return this.values != null && index < this.values.size() ? this.values.get(index) : null;
	}

	/** The flag chosen for a segment; {@code null} for none. */
	FigureStatus status(int index) {
		return index < this.statuses.size() ? FigureInputValidator.status(this.statuses.get(index)) : null;
	}

	/** A segment's figure as the form says it, with its value as the validator read it. */
	FigureContent content(BigDecimal value, FigureStatus status) {
		return new FigureContent(value, this.sourceTitle.strip(), NumberInput.page(this.sourcePage),
				AdminForms.blankToNull(this.note), status, AdminForms.blankToNull(this.noteEn));
	}

}
