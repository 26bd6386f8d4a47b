package de.vitako.dashboard.figures;

import java.time.Instant;

/**
 * A published release: its number, when it went out, who published it, and its notes in German and English.
 *
 * @param scheduledFor the time it was scheduled for; later than {@code publishedAt} never, earlier when every
 * instance was down at that time and it went out at the next start
 */
public record Release(int number, Instant publishedAt, Instant scheduledFor, String publishedBy, LocalizedText notes) {
}
