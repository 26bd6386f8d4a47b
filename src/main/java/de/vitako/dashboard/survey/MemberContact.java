package de.vitako.dashboard.survey;

import java.time.Instant;

import jakarta.persistence.Column;
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

	@Column(name = "member_id", insertable = false, updatable = false)
	private Long memberId;

	private String passwordHash;

	private Instant passwordSetAt;

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

	long memberId() {
		return this.memberId;
	}

	ContactDetails details() {
		return new ContactDetails(this.name, this.email, this.language);
	}

	String passwordHash() {
		return this.passwordHash;
	}

	/** Sets the password the person chose, as its hash. */
	void setPassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.passwordSetAt = now;
	}

	boolean removed() {
		return this.removedAt != null;
	}

	void remove(Instant now) {
		this.removedAt = now;
	}

	MemberEntry.Contact toEntry() {
		return new MemberEntry.Contact(this.id, details(), removed(), this.passwordHash != null);
	}

}
