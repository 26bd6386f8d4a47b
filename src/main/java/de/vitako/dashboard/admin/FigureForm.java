package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form that corrects one figure. The version is the one the form was opened with.
 */
record FigureForm(@Size(max = 100, message = "{admin.value.notANumber}") String value,
		@NotBlank(message = "{admin.source.required}") @Size(max = 300, message = "{admin.source.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String sourceTitle,
		String sourcePage, @Size(max = 2000, message = "{admin.note.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String note,
		@Size(max = 500, message = "{admin.reason.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String reason, Long version, Boolean confirmed) {

	/**
	 * Texts are shown as text everywhere (escaped), but markup in them is almost always a mistake or an attack,
	 * so it is refused with a message: no {@code <} directly before a letter, {@code /}, {@code !} or {@code ?}.
	 */
	static final String NO_MARKUP = "(?s)^(?!.*<[A-Za-z/!?]).*$";

}
