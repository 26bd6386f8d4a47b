package de.vitako.dashboard.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails to send. A mail is queued in the transaction of what causes it (an invitation with the invitation,
 * a confirmation with the submission), so it goes out if and only if that commits; {@link OutboxSender} sends it.
 */
@Service
public class Outbox {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> senders;

	Outbox(JdbcTemplate jdbc, Clock clock, ObjectProvider<JavaMailSender> senders) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.senders = senders;
	}

	/** Whether an SMTP server is configured; without one, the mails wait here. */
	public boolean sending() {
		return this.senders.getIfAvailable() != null;
	}

	/**
	 * Queues a mail in the calling transaction.
	 * @return the mail's number in the outbox
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(OutgoingMail mail) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.queryForObject("""
				insert into mail_outbox (kind, recipient, language, subject, text_body, html_body, created_at,
				                         next_attempt_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, mail.kind(), mail.recipient(),
				mail.language(), mail.subject(), mail.text(), mail.html(), now, now);
	}

	/** The latest mails, newest first. */
	@Transactional(readOnly = true)
	public List<QueuedMail> latest(int limit) {
		return this.jdbc.query("""
				select id, kind, recipient, language, subject, text_body, created_at, status, attempts,
				       next_attempt_at, last_error, sent_at
				from mail_outbox order by created_at desc, id desc limit ?""",
				(rs, row) -> new QueuedMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
						rs.getInt(9), rs.getTimestamp(10).toInstant(), rs.getString(11),
						(rs.getTimestamp(12) != null) ? rs.getTimestamp(12).toInstant() : null),
				limit);
	}

	/**
	 * The addresses that a mail of one of these kinds could not reach: the SMTP server refused it, or every attempt
	 * failed (a bounce, for the survey's response tracking).
	 */
	@Transactional(readOnly = true)
	public Set<String> unreachable(Collection<String> kinds) {
		return new HashSet<>(this.jdbc.queryForList("""
				select distinct lower(recipient) from mail_outbox where status = 'failed' and kind = any (?)""",
				String.class, (Object) kinds.toArray(String[]::new)));
	}

}
