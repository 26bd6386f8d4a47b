package de.vitako.dashboard.figures.releases;

import java.time.Instant;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A release that waits for its time: what was frozen from the draft when it was scheduled goes out then.
 */
public record PendingRelease(long id, Instant scheduledFor, String scheduledBy, LocalizedText notes, int changes) {
}
