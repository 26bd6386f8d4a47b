package de.vitako.dashboard.figures;

import java.time.Instant;

/**
 * The data's change counter and when it last moved.
 */
record DataRevision(long revision, Instant changedAt) {
}
