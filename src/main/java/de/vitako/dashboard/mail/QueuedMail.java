package de.vitako.dashboard.mail;

import java.time.Instant;

/**
 * A mail in the outbox, as the admin page shows it.
 *
 * @param status {@code pending} (waiting to be sent, or to be retried), {@code sent}, or {@code failed} (refused
 * for good, or given up after the last attempt)
 * @param lastError why the last attempt failed, {@code null} if none did
 */
public record QueuedMail(long id, String kind, String recipient, String language, String subject, String text,
		Instant createdAt, String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {
}
