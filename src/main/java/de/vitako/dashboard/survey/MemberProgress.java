package de.vitako.dashboard.survey;

import java.time.Instant;

/**
 * Where an invited member stands in a round, for staff's response tracking.
 *
 * @param mailedAt when the invitation went out, {@code null} before
 * @param openedAt when one of its contacts first opened the questionnaire
 * @param savedAt when one of them last saved it
 * @param reminders how many reminders it got
 * @param bounced whether a survey mail to one of its contacts could not be delivered
 */
public record MemberProgress(long memberId, String shortName, String name, Instant mailedAt, Instant openedAt,
		Instant savedAt, Instant submittedAt, int reminders, Instant lastReminder, boolean bounced) {

	/** {@code invited}, {@code mailed}, {@code opened}, {@code inProgress} or {@code submitted}. */
	public String status() {
		if (this.submittedAt != null) {
			return "submitted";
		}
		if (this.savedAt != null) {
			return "inProgress";
		}
		if (this.openedAt != null) {
			return "opened";
		}
		return (this.mailedAt != null) ? "mailed" : "invited";
	}

	public boolean submitted() {
		return this.submittedAt != null;
	}

}
