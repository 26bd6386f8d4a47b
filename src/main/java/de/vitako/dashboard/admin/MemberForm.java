package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.vitako.dashboard.survey.MemberDetails;
import de.vitako.dashboard.survey.MemberEntry;

/**
 * A member organisation as an admin describes it.
 *
 * @param federalState a state's two letters, or empty for nationwide
 * @param version the organisation's version when the form was shown; {@code null} for a new one
 */
public record MemberForm(
		@NotBlank(message = "{member.name.required}") @AdminText(max = 200,
				tooLong = "{member.text.tooLong}") String name,
		@NotBlank(message = "{member.shortName.required}") @AdminText(max = 60,
				tooLong = "{member.text.tooLong}") String shortName,
		@NotBlank(message = "{member.kind.required}") @Pattern(regexp = "^(data_centre|software|service|other)$",
				message = "{member.kind.required}") String kind,
		@Pattern(regexp = "^(|BW|BY|BE|BB|HB|HH|HE|MV|NI|NW|RP|SL|SN|ST|SH|TH)$",
				message = "{member.federalState.invalid}") String federalState,
		@Size(max = 300, message = "{member.website.invalid}") @Pattern(
				regexp = "^$|^https?://[^\\s\\p{Z}\\p{Cc}<>\"]+$", message = "{member.website.invalid}") String website,
		Long version) {

	/** The federal states in the order of the form's list. */
	public static final String[] FEDERAL_STATES = { "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP",
			"SL", "SN", "ST", "SH", "TH" };

	/** The kinds of organisation in the order of the form's choices. */
	public static final String[] KINDS = { "data_centre", "software", "service", "other" };

	static MemberForm empty() {
		return new MemberForm("", "", "", "", "", null);
	}

	static MemberForm of(MemberEntry entry) {
		MemberDetails details = entry.details();
		return new MemberForm(details.name(), details.shortName(), details.kind(),
				(details.federalState() == null) ? "" : details.federalState(),
				(details.website() == null) ? "" : details.website(), entry.version());
	}

	MemberDetails details() {
		return new MemberDetails(this.name.strip(), this.shortName.strip(), this.kind,
				AdminForms.blankToNull(this.federalState), AdminForms.blankToNull(this.website));
	}

}
