package de.vitako.dashboard.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import de.vitako.dashboard.mail.Outbox;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of members' contacts: an admin invites a contact, who sets a password through the personal link
 * in the mail and then logs in with their e-mail address; a forgotten password is reset the same way. A link is a
 * random 256-bit token, stored only as its SHA-256, used once (setting a password also ends the contact's other
 * links) and only until it expires. A contact who was removed, or whose organisation left, can neither log in nor
 * use a link.
 */
@Service
public class MemberAccounts {

	static final Duration INVITATION_VALID = Duration.ofDays(14);

	static final Duration RESET_VALID = Duration.ofHours(2);

	/** A reset link is sent at most this often per contact, so that nobody can flood a member's mailbox. */
	static final Duration RESET_PAUSE = Duration.ofMinutes(10);

	private final Members members;

	private final MemberContacts contacts;

	private final MemberLinks links;

	private final Outbox outbox;

	private final MemberMails mails;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	MemberAccounts(Members members, MemberContacts contacts, MemberLinks links, Outbox outbox, MemberMails mails,
			PasswordEncoder encoder, Clock clock) {
		this.members = members;
		this.contacts = contacts;
		this.links = links;
		this.outbox = outbox;
		this.mails = mails;
		this.encoder = encoder;
		this.clock = clock;
	}

	/**
	 * Invites a contact: a mail with a personal link to set their password, valid 14 days.
	 * @param base the site's address, which the link starts with
	 * @throws SurveyRefusedException if the organisation left or has no such contact
	 */
	@Transactional
	public void invite(long memberId, long contactId, String base, String user) {
		Member member = this.members.findById(memberId)
			.orElseThrow(() -> new SurveyRefusedException(null, "member.unknown"));
		if (member.left()) {
			throw new SurveyRefusedException(null, "member.invite.left");
		}
		MemberContact contact = member.contact(contactId)
			.filter((candidate) -> !candidate.removed())
			.orElseThrow(() -> new SurveyRefusedException(null, "member.contact.unknown"));
		Instant expires = now().plus(INVITATION_VALID);
		String link = base + "/member/password/" + newLink(contact, "invitation", user, expires);
		this.outbox.queue(this.mails.invitation(contact.details(), member.details(), link, expires));
	}

	/**
	 * Sends a link to set a new password to the contact with this address, if there is one that may log in, and
	 * if none was sent in the last ten minutes. Says nothing either way, so that nobody learns which addresses
	 * are known.
	 */
	@Transactional
	public void requestReset(String email, String base) {
		this.contacts.findByEmailIgnoreCaseAndRemovedAtIsNull(email.strip())
			.filter(this::memberStays)
			.filter((contact) -> !this.links.existsByContactIdAndPurposeAndCreatedAtAfter(contact.id(), "reset",
					now().minus(RESET_PAUSE)))
			.ifPresent((contact) -> {
				Instant expires = now().plus(RESET_VALID);
				String link = base + "/member/password/" + newLink(contact, "reset", contact.details().email(),
						expires);
				this.outbox.queue(this.mails.reset(contact.details(), link, expires));
			});
	}

	/** What the link with this token is worth now. */
	@Transactional(readOnly = true)
	public MemberLinkState link(String token) {
		Optional<MemberLink> link = this.links.findByTokenHash(hash(token));
		Optional<MemberContact> contact = link.flatMap((found) -> this.contacts.findById(found.contactId()))
			.filter((found) -> !found.removed() && memberStays(found));
		if (link.isEmpty() || contact.isEmpty()) {
			return MemberLinkState.of(MemberLinkState.Status.UNKNOWN);
		}
		if (link.get().used()) {
			return MemberLinkState.of(MemberLinkState.Status.USED);
		}
		if (link.get().expired(now())) {
			return MemberLinkState.of(MemberLinkState.Status.EXPIRED);
		}
		return new MemberLinkState(MemberLinkState.Status.VALID, contact.get().details().email(),
				link.get().purpose());
	}

	/**
	 * Sets the password of the link's contact and uses the link up, with the contact's other links. The caller
	 * has checked the password against the rules.
	 * @throws SurveyRefusedException if the link is unknown, used or expired ({@code member.link.*})
	 */
	@Transactional
	public void setPassword(String token, String password) {
		MemberLink link = this.links.findLockedByTokenHash(hash(token))
			.orElseThrow(() -> new SurveyRefusedException(null, "member.link.unknown"));
		if (link.used()) {
			throw new SurveyRefusedException(null, "member.link.used");
		}
		if (link.expired(now())) {
			throw new SurveyRefusedException(null, "member.link.expired");
		}
		MemberContact contact = this.contacts.findById(link.contactId())
			.filter((found) -> !found.removed() && memberStays(found))
			.orElseThrow(() -> new SurveyRefusedException(null, "member.link.unknown"));
		contact.setPassword(this.encoder.encode(password), now());
		this.links.findByContactIdAndUsedAtIsNull(contact.id()).forEach((each) -> each.use(now()));
	}

	/** The login of the contact with this address, if they may log in. */
	@Transactional(readOnly = true)
	public Optional<MemberLogin> login(String email) {
		return this.contacts.findByEmailIgnoreCaseAndRemovedAtIsNull(email.strip())
			.filter((contact) -> contact.passwordHash() != null && memberStays(contact))
			.map((contact) -> new MemberLogin(contact.details().email(), contact.passwordHash(),
					contact.details().language()));
	}

	/** The organisation the contact with this address answers for, while they may log in. */
	@Transactional(readOnly = true)
	public Optional<MemberEntry> memberOf(String email) {
		return this.contacts.findByEmailIgnoreCaseAndRemovedAtIsNull(email.strip())
			.filter(this::memberStays)
			.flatMap((contact) -> this.members.findById(contact.memberId()))
			.map(Member::toEntry);
	}

	private boolean memberStays(MemberContact contact) {
		return this.members.findById(contact.memberId()).filter((member) -> !member.left()).isPresent();
	}

	/**
	 * Mails a contact the round's invitation: with a link to set their password if they have none yet, else with
	 * the address of the members' area. In the calling transaction.
	 */
	void inviteToRound(MemberContact contact, MemberDetails member, RoundDetails round, String base, String user) {
		String link = base + "/member";
		Instant expires = now().plus(INVITATION_VALID);
		if (contact.passwordHash() == null) {
			link = base + "/member/password/" + newLink(contact, "invitation", user, expires);
		}
		this.outbox.queue(this.mails.round(contact.details(), member, round, link, contact.passwordHash() == null));
	}

	/** A reminder of an open round: to its questionnaire, or first to set a password for a contact with none. */
	void remind(MemberContact contact, MemberDetails member, RoundDetails round, long roundId, String base,
			String user) {
		boolean newAccount = contact.passwordHash() == null;
		String link = newAccount
				? base + "/member/password/" + newLink(contact, "invitation", user, now().plus(INVITATION_VALID))
				: base + "/member/surveys/" + roundId;
		this.outbox.queue(this.mails.reminder(contact.details(), member, round, link, newAccount));
	}

	private String newLink(MemberContact contact, String purpose, String user, Instant expires) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.links.save(new MemberLink(contact.id(), purpose, hash(token), user, now(), expires));
		return token;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
