package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.vitako.dashboard.survey.ContactDetails;

/**
 * A person who answers for a member organisation, as an admin adds them.
 *
 * @param version the organisation's version when the form was shown
 */
public record ContactForm(
		@NotBlank(message = "{member.contactName.required}") @AdminText(max = 200,
				tooLong = "{member.text.tooLong}") String contactName,
		@NotBlank(message = "{member.email.invalid}") @Size(max = 320, message = "{member.email.invalid}") @Pattern(
				regexp = "^$|^[^@\\s\\p{Z}\\p{Cc}<>\"]+@[^@\\s\\p{Z}\\p{Cc}<>\"]+\\.[^@\\s\\p{Z}\\p{Cc}<>\"]+$",
				message = "{member.email.invalid}") String email,
		@NotBlank(message = "{member.language.required}") @Pattern(regexp = "^(de|en)$",
				message = "{member.language.required}") String language,
		Long version) {

	static ContactForm empty(long version) {
		return new ContactForm("", "", "de", version);
	}

	ContactDetails details() {
		return new ContactDetails(this.contactName.strip(), this.email.strip(), this.language);
	}

}
