package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A question to add to a round: a metric of the catalogue, how it is answered, and help in both languages (both or
 * neither).
 *
 * @param version the round's version when the form was shown
 */
public record QuestionForm(@NotBlank(message = "{survey.metric.required}") String metric,
		@NotBlank(message = "{survey.kind.required}") @Pattern(regexp = "^(number|choice|breakdown|rating)$",
				message = "{survey.kind.required}") String answerKind,
		@AdminText(max = 2000, tooLong = "{member.text.tooLong}") String helpDe,
		@AdminText(max = 2000, tooLong = "{member.text.tooLong}") String helpEn, Long version) {

	static QuestionForm empty(long version) {
		return new QuestionForm("", "", "", "", version);
	}

	boolean halfAHelp() {
		return blank(this.helpDe) != blank(this.helpEn);
	}

	LocalizedText help() {
		return blank(this.helpDe) ? null : new LocalizedText(this.helpDe.strip(), this.helpEn.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
