package de.vitako.dashboard.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form that adds one year's figures of a metric, one value per segment in the metric's order; a segment left
 * empty was not reported.
 */
record NewYearForm(String year, List<String> values,
		@NotBlank(message = "{admin.source.required}") @Size(max = 300, message = "{admin.source.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String sourceTitle,
		String sourcePage, @Size(max = 2000, message = "{admin.note.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String note,
		@Size(max = 500, message = "{admin.reason.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String reason, Boolean confirmed) {

	String value(int index) {
		return this.values != null && index < this.values.size() ? this.values.get(index) : null;
	}

}
