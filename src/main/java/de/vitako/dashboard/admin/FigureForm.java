package de.vitako.dashboard.admin;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.NumberInput;

/**
 * The form that corrects one figure. The version is the one the form was opened with; the value, its flag and the
 * page are read by {@link FigureInputValidator}.
 *
 * @param status the value flag's code, empty for none
 */
record FigureForm(@Size(max = 100, message = "{admin.value.notANumber}") String value, String status,
		@NotBlank(message = "{admin.source.required}") @AdminText(max = 300, tooLong = "{admin.source.tooLong}") String sourceTitle,
		String sourcePage, @AdminText(max = 2000, tooLong = "{admin.note.tooLong}") String note,
		@AdminText(max = 2000, tooLong = "{admin.note.tooLong}") String noteEn,
		@AdminText(max = 500, tooLong = "{admin.reason.tooLong}") String reason, Long version, Boolean confirmed) {

	/** What the form says, with its value as the validator read it ({@code null} for a confidential figure). */
	FigureContent content(BigDecimal value) {
		return new FigureContent(value, this.sourceTitle.strip(), NumberInput.page(this.sourcePage),
				AdminForms.blankToNull(this.note), FigureInputValidator.status(this.status),
				AdminForms.blankToNull(this.noteEn));
	}

}
