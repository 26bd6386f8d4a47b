package de.vitako.dashboard.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A member organisation with the people who answer for it. It leaves, and a contact is removed, by a mark: what
 * they answered keeps its origin.
 */
@Entity
@Table(name = "member")
class Member extends Versioned {

	private String name;

	private String shortName;

	private String kind;

	private String federalState;

	private String website;

	private Instant leftAt;

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "member_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<MemberContact> contacts = new ArrayList<>();

	protected Member() {
	}

	Member(MemberDetails details, String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
		describe(details);
	}

	boolean left() {
		return this.leftAt != null;
	}

	MemberDetails details() {
		return new MemberDetails(this.name, this.shortName, this.kind, this.federalState, this.website);
	}

	void describe(MemberDetails details) {
		this.name = details.name();
		this.shortName = details.shortName();
		this.kind = details.kind();
		this.federalState = details.federalState();
		this.website = details.website();
	}

	void leave(Instant now) {
		this.leftAt = now;
	}

	void rejoin() {
		this.leftAt = null;
	}

	void addContact(ContactDetails details, Instant now) {
		this.contacts.add(new MemberContact(details, now));
	}

	List<MemberContact> activeContacts() {
		return this.contacts.stream().filter((contact) -> !contact.removed()).toList();
	}

	Optional<MemberContact> contact(long contactId) {
		return this.contacts.stream().filter((contact) -> contact.id() == contactId).findFirst();
	}

	MemberEntry toEntry() {
		return new MemberEntry(id(), details(), this.leftAt, version(),
				this.contacts.stream().map(MemberContact::toEntry).toList());
	}

}
