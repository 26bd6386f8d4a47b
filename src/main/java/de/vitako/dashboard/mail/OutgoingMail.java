package de.vitako.dashboard.mail;

/**
 * A mail to send: to whom, in which language, of which kind (for the outbox's list: {@code invitation},
 * {@code reminder}, …), with its subject and its body as plain text and as HTML.
 */
public record OutgoingMail(String kind, String recipient, String language, String subject, String text,
		String html) {
}
