package de.vitako.dashboard.survey;

/**
 * What a personal link is worth now: only a {@code VALID} one lets its contact set a password.
 *
 * @param email the contact's address, for a valid link only
 * @param purpose {@code invitation} or {@code reset}, for a valid link only
 */
public record MemberLinkState(Status status, String email, String purpose) {

	static MemberLinkState of(Status status) {
		return new MemberLinkState(status, null, null);
	}

	/** Whether the link can be used. */
	public enum Status {

		VALID, USED, EXPIRED, UNKNOWN

	}

}
