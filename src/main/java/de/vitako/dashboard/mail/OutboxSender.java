package de.vitako.dashboard.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import de.vitako.dashboard.shared.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mails over SMTP, on every instance, each mail by one instance at a time: a mail's row is
 * locked ({@code for update skip locked}) while it is sent and marked sent in the same transaction, so another
 * instance skips it, and a mail that failed waits for its next attempt (the pause doubles each time) or, refused
 * for good or after the last attempt, is marked failed. Only if an instance dies between the SMTP server's
 * acceptance and its commit can a mail go out twice; it then carries the same {@code Message-ID}, by which mail
 * programs show it once. Without an SMTP server ({@code spring.mail.host} unset) nothing is sent and the mails
 * wait.
 */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	/** Mails sent per look at most, so that one instance does not hold the scheduler for long. */
	private static final int BATCH = 50;

	private final ObjectProvider<JavaMailSender> senders;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final MailSettings settings;

	private final DatabaseStatus database;

	private final Clock clock;

	OutboxSender(ObjectProvider<JavaMailSender> senders, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			MailSettings settings, DatabaseStatus database, Clock clock) {
		this.senders = senders;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.database = database;
		this.clock = clock;
	}

	/**
	 * Sends the mails that are due, until none is or one attempt fails (the server is then probably away, and the
	 * next look tries again).
	 * @return how many were sent
	 */
	@Scheduled(fixedDelayString = "${vitako.mail.check-interval:1s}")
	public int sendDue() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null || !this.database.reachable()) {
			return 0;
		}
		int sent = 0;
		try {
			while (sent < BATCH && sendOne(sender) == Attempt.SENT) {
				sent++;
			}
		}
		catch (DataAccessException | TransactionException ex) {
			log.debug("Cannot look at the outbox: {}", ex.getMessage());
		}
		return sent;
	}

	private Attempt sendOne(JavaMailSender sender) {
		return this.transaction.execute((status) -> {
			List<Due> due = this.jdbc.query("""
					select id, recipient, language, subject, text_body, html_body, attempts, created_at
					from mail_outbox where status = 'pending' and next_attempt_at <= ?
					order by next_attempt_at, id limit 1 for update skip locked""",
					(rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant()),
					Timestamp.from(now()));
			if (due.isEmpty()) {
				return Attempt.NONE;
			}
			Due mail = due.get(0);
			try {
				sender.send(message(sender, mail));
				this.jdbc.update("""
						update mail_outbox set status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = null
						where id = ?""", Timestamp.from(now()), mail.id());
				return Attempt.SENT;
			}
			catch (MailException | MessagingException ex) {
				failed(mail, ex);
				return Attempt.FAILED;
			}
		});
	}

	private MimeMessage message(JavaMailSender sender, Due mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		InternetAddress from = new InternetAddress(this.settings.from(), true);
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		message.setHeader("Content-Language", mail.language());
		// sent by a program, not a person: no vacation replies (RFC 3834)
		message.setHeader("Auto-Submitted", "auto-generated");
		String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
		// the same mail has the same Message-ID however often it is attempted (Spring keeps one that is set)
		message.setHeader("Message-ID",
				"<outbox." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain + ">");
		return message;
	}

	private void failed(Due mail, Exception ex) {
		int attempts = mail.attempts() + 1;
		boolean refused = refusedForGood(ex);
		boolean giveUp = refused || attempts >= this.settings.maxAttempts();
		String reason = reason(ex);
		this.jdbc.update("""
				update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? where id = ?""",
				giveUp ? "failed" : "pending", attempts,
				Timestamp.from(now().plus(this.settings.retryAfter(attempts))), reason, mail.id());
		if (giveUp) {
			log.warn("Gave up mail {} to {} after {} attempt(s): {}", mail.id(), mail.recipient(), attempts, reason);
		}
		else {
			log.info("Mail {} not sent (attempt {}), trying again later: {}", mail.id(), attempts, reason);
		}
	}

	/** A bad address or a message that cannot be built fails again however often it is tried. */
	private static boolean refusedForGood(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MailParseException || cause instanceof MailPreparationException
					|| (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
							&& failed.getInvalidAddresses().length > 0)) {
				return true;
			}
			if (cause instanceof MailSendException send) {
				for (Exception each : send.getFailedMessages().values()) {
					if (refusedForGood(each)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String reason = ex.getClass().getSimpleName() + ": " + ex.getMessage()
				+ ((root != ex) ? " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")" : "");
		return (reason.length() > 1000) ? reason.substring(0, 1000) : reason;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private enum Attempt {

		NONE, SENT, FAILED

	}

	private record Due(long id, String recipient, String language, String subject, String text, String html,
			int attempts, Instant createdAt) {
	}

}
