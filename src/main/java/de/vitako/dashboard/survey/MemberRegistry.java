package de.vitako.dashboard.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of member organisations and their contacts, managed by admins. Every change takes the registry's
 * lock first (one writer at a time, so that a check for a name or address in use holds until the write), checks the
 * version the admin's form was opened with, and bumps it. An organisation leaves and a contact is removed by a mark,
 * never deleted: what they answered keeps its origin.
 */
@Service
public class MemberRegistry {

	private static final long LOCK_KEY = 0x5649_5441_4b4dL;

	private final Members members;

	private final MemberContacts contacts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MemberRegistry(Members members, MemberContacts contacts, JdbcTemplate jdbc, Clock clock) {
		this.members = members;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every organisation by short name, those that left too. */
	@Transactional(readOnly = true)
	public List<MemberEntry> all() {
		return this.members.findAllByOrderByShortName().stream().map(Member::toEntry).toList();
	}

	@Transactional(readOnly = true)
	public Optional<MemberEntry> get(long id) {
		return this.members.findById(id).map(Member::toEntry);
	}

	/**
	 * Adds an organisation.
	 * @return its id
	 * @throws SurveyRefusedException if its short name is in use ({@code member.shortName.taken})
	 */
	@Transactional
	public long add(MemberDetails details, String user) {
		lock();
		if (this.members.existsByShortNameIgnoreCase(details.shortName())) {
			throw new SurveyRefusedException("shortName", "member.shortName.taken", details.shortName());
		}
		return this.members.saveAndFlush(new Member(details, user, now())).id();
	}

	/** Changes an organisation's name, short name, kind, federal state and website. */
	@Transactional
	public void describe(long id, long version, MemberDetails details) {
		Member member = locked(id, version);
		if (this.members.existsByShortNameIgnoreCaseAndIdNot(details.shortName(), id)) {
			throw new SurveyRefusedException("shortName", "member.shortName.taken", details.shortName());
		}
		if (!member.details().equals(details)) {
			member.describe(details);
			member.changed();
		}
	}

	/** Marks an organisation as having left Vitako; it is no longer invited, and its past answers stay. */
	@Transactional
	public void leave(long id, long version) {
		Member member = locked(id, version);
		if (!member.left()) {
			member.leave(now());
			member.changed();
		}
	}

	/** Takes an organisation back that had left. */
	@Transactional
	public void rejoin(long id, long version) {
		Member member = locked(id, version);
		if (member.left()) {
			member.rejoin();
			member.changed();
		}
	}

	/**
	 * Adds a person who answers for the organisation.
	 * @throws SurveyRefusedException if a contact of any organisation has the address ({@code member.email.taken})
	 */
	@Transactional
	public void addContact(long id, long version, ContactDetails contact) {
		Member member = locked(id, version);
		if (this.contacts.existsByEmailIgnoreCaseAndRemovedAtIsNull(contact.email())) {
			throw new SurveyRefusedException("email", "member.email.taken", contact.email());
		}
		member.addContact(contact, now());
		member.changed();
	}

	/** Removes a contact: no more mail to them; what they answered keeps their name. */
	@Transactional
	public void removeContact(long id, long version, long contactId) {
		Member member = locked(id, version);
		MemberContact contact = member.contact(contactId)
			.orElseThrow(() -> new SurveyRefusedException(null, "member.contact.unknown"));
		if (!contact.removed()) {
			contact.remove(now());
			member.changed();
		}
	}

	/**
	 * What importing the list would do, without doing it.
	 * @throws SurveyRefusedException if an address belongs to another organisation's contact
	 * ({@code member.import.emailElsewhere})
	 */
	@Transactional(readOnly = true)
	public MemberList.Plan preview(MemberList list) {
		return plan(list, null);
	}

	/**
	 * Imports the list, all of it or nothing: new organisations are added, known ones (by short name, without case)
	 * get the list's details, and each of their contacts not yet in the registry is added.
	 * @throws SurveyRefusedException as {@link #preview}
	 */
	@Transactional
	public MemberList.Plan importList(MemberList list, String user) {
		lock();
		return plan(list, user);
	}

	/** Plans the import, and carries it out if {@code user} is given. */
	private MemberList.Plan plan(MemberList list, String user) {
		List<MemberList.Line> lines = new ArrayList<>();
		int added = 0;
		int changed = 0;
		int contacts = 0;
		for (MemberList.Entry entry : list.entries()) {
			Optional<Member> known = this.members.findByShortNameIgnoreCase(entry.details().shortName());
			Member member;
			if (known.isEmpty()) {
				lines.add(new MemberList.Line("added", entry.details().shortName(), entry.details().name()));
				added++;
				member = (user != null) ? this.members.saveAndFlush(new Member(entry.details(), user, now())) : null;
			}
			else {
				member = known.get();
				if (!member.details().equals(entry.details())) {
					lines.add(new MemberList.Line("changed", entry.details().shortName(), entry.details().name()));
					changed++;
					if (user != null) {
						member.describe(entry.details());
						member.changed();
					}
				}
			}
			for (ContactDetails contact : entry.contacts()) {
				Optional<MemberContact> holder = this.contacts.findByEmailIgnoreCaseAndRemovedAtIsNull(contact.email());
				if (holder.isPresent()) {
					if (known.isEmpty() || holder.get().memberId() != known.get().id()) {
						throw new SurveyRefusedException(null, "member.import.emailElsewhere", entry.row(),
								contact.email(), entry.details().shortName());
					}
					// a contact of this organisation already
					continue;
				}
				lines.add(new MemberList.Line("contact", entry.details().shortName(),
						contact.name() + " (" + contact.email() + ")"));
				contacts++;
				if (member != null && user != null) {
					member.addContact(contact, now());
					member.changed();
					this.members.flush();
				}
			}
		}
		return new MemberList.Plan(lines, added, changed, contacts);
	}

	private Member locked(long id, long version) {
		lock();
		Member member = this.members.findById(id)
			.orElseThrow(() -> new SurveyRefusedException(null, "member.unknown"));
		if (member.version() != version) {
			throw new SurveyRefusedException(null, "member.conflict");
		}
		return member;
	}

	/** One change of the registry at a time, across instances, until the transaction ends. */
	private void lock() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
