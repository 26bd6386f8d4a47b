package de.vitako.dashboard.figures.internal;

import java.time.Instant;

/**
 * The data's change counter and when it last moved.
 */
public record DataRevision(long revision, Instant changedAt) {
}
