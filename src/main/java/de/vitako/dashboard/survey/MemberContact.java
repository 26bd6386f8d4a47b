package de.vitako.dashboard.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who answers for a member organisation; part of its {@link Member}.
 */
@Entity
@Table(name = "member_contact")
class MemberContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String email;

	private String language;

	private Instant createdAt;

	private Instant removedAt;

	protected MemberContact() {
	}

	MemberContact(ContactDetails details, Instant now) {
		this.name = details.name();
		this.email = details.email();
		this.language = details.language();
		this.createdAt = now;
	}

	long id() {
		return this.id;
	}

	boolean removed() {
		return this.removedAt != null;
	}

	void remove(Instant now) {
		this.removedAt = now;
	}

	MemberEntry.Contact toEntry() {
		return new MemberEntry.Contact(this.id, new ContactDetails(this.name, this.email, this.language), removed());
	}

}
