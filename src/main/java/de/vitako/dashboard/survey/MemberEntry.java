package de.vitako.dashboard.survey;

import java.time.Instant;
import java.util.List;

/**
 * A member organisation as the admin pages show it, with its contacts (removed ones too) and the version an edit
 * must carry.
 *
 * @param leftAt when it left Vitako, {@code null} while it is a member
 */
public record MemberEntry(long id, MemberDetails details, Instant leftAt, long version, List<Contact> contacts) {

	public boolean left() {
		return this.leftAt != null;
	}

	/** The contacts that still answer for it. */
	public List<Contact> activeContacts() {
		return this.contacts.stream().filter((contact) -> !contact.removed()).toList();
	}

	/**
	 * A contact of the organisation.
	 *
	 * @param account whether they have set a password and can log in
	 */
	public record Contact(long id, ContactDetails details, boolean removed, boolean account) {
	}

}
