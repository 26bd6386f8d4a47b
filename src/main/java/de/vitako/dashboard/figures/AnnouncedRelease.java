package de.vitako.dashboard.figures;

import java.time.Instant;

/**
 * The next release as the public calendar announces it: when it goes out and since when that is known, never what
 * it holds (its figures stay unpublished until then).
 *
 * @param id the scheduled release's row, stable across a change of its time: a calendar entry's identity
 * @param scheduledFor when it goes out
 * @param announcedAt when it was scheduled
 */
public record AnnouncedRelease(long id, Instant scheduledFor, Instant announcedAt) {

	/** A version of the announcement for validators (ETags): changes with a new schedule or a new time. */
	public String tag() {
		return this.id + "-" + this.scheduledFor.getEpochSecond();
	}

}
