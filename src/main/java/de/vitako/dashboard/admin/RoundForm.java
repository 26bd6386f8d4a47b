package de.vitako.dashboard.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.survey.RoundDetails;
import de.vitako.dashboard.survey.RoundEntry;

/**
 * A survey round as an admin describes it.
 *
 * @param opensOn the day as a browser's date field sends it ({@code 2027-02-01})
 * @param version the round's version when the form was shown; {@code null} for a new one
 */
public record RoundForm(
		@NotBlank(message = "{survey.year.invalid}") @Pattern(regexp = "^(199\\d|20\\d\\d|2100)$",
				message = "{survey.year.invalid}") String year,
		@NotBlank(message = "{survey.title.required}") @AdminText(max = 200,
				tooLong = "{member.text.tooLong}") String titleDe,
		@NotBlank(message = "{survey.title.required}") @AdminText(max = 200,
				tooLong = "{member.text.tooLong}") String titleEn,
		@NotBlank(message = "{survey.date.invalid}") String opensOn,
		@NotBlank(message = "{survey.date.invalid}") String closesOn, Long version) {

	static RoundForm empty(int year) {
		return new RoundForm(String.valueOf(year), "Mitgliederumfrage " + year, "Member survey " + year, "", "", null);
	}

	static RoundForm of(RoundEntry entry) {
		RoundDetails details = entry.details();
		return new RoundForm(String.valueOf(details.year()), details.title().de(), details.title().en(),
				details.opensOn().toString(), details.closesOn().toString(), entry.version());
	}

	/** Whether a date was given that is no day ({@code 2027-02-30}); an empty one is {@code @NotBlank}'s. */
	boolean dateInvalid(String field) {
		String value = "opensOn".equals(field) ? this.opensOn : this.closesOn;
		return value != null && !value.isBlank() && day(value) == null;
	}

	RoundDetails details() {
		return new RoundDetails(Integer.parseInt(this.year), new LocalizedText(this.titleDe.strip(),
				this.titleEn.strip()), day(this.opensOn), day(this.closesOn));
	}

	private static LocalDate day(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
