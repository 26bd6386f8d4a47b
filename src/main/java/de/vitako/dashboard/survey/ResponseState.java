package de.vitako.dashboard.survey;

import java.time.Instant;

/**
 * Where a member's questionnaire stands.
 *
 * @param version what a save must carry
 * @param savedBy the contact who saved it last, {@code null} before the first save
 * @param submittedBy the contact who submitted it, {@code null} while it is open
 * @param answered whether any answer is stored
 */
public record ResponseState(long id, long version, String savedBy, Instant savedAt, String submittedBy,
		Instant submittedAt, boolean answered) {

	public boolean submitted() {
		return this.submittedAt != null;
	}

}
