package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.NumberInput;

/**
 * The form that adds one year's figures of a metric, one value per segment in the metric's order; a segment left
 * empty was not reported. Year, values and page are read by {@link FigureInputValidator}.
 */
record NewYearForm(String year, List<String> values,
		@NotBlank(message = "{admin.source.required}") @AdminText(max = 300, tooLong = "{admin.source.tooLong}") String sourceTitle,
		String sourcePage, @AdminText(max = 2000, tooLong = "{admin.note.tooLong}") String note,
		@AdminText(max = 500, tooLong = "{admin.reason.tooLong}") String reason, Boolean confirmed) {

	/** A form sent without any value still shows its fields again, each empty, with the messages. */
	NewYearForm {
		values = (values != null) ? new ArrayList<>(values) : new ArrayList<>();
	}

	String value(int index) {
		return this.values != null && index < this.values.size() ? this.values.get(index) : null;
	}

	FigureContent content(BigDecimal value) {
		return new FigureContent(value, this.sourceTitle.strip(), NumberInput.page(this.sourcePage),
				AdminForms.blankToNull(this.note));
	}

}
