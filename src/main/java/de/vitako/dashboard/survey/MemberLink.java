package de.vitako.dashboard.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal link that lets a contact set their password: an invitation or a password reset. Stored as the
 * SHA-256 of its token only, used once, and only until it expires.
 */
@Entity
@Table(name = "member_link")
class MemberLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long contactId;

	private String purpose;

	private String tokenHash;

	private String createdBy;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected MemberLink() {
	}

	MemberLink(long contactId, String purpose, String tokenHash, String createdBy, Instant createdAt,
			Instant expiresAt) {
		this.contactId = contactId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	long contactId() {
		return this.contactId;
	}

	String purpose() {
		return this.purpose;
	}

	boolean used() {
		return this.usedAt != null;
	}

	boolean expired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
