package de.vitako.dashboard.survey;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member invited to a round; part of its {@link SurveyRound}.
 */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long memberId;

	private String invitedBy;

	private Instant invitedAt;

	private Instant mailedAt;

	protected SurveyInvitation() {
	}

	SurveyInvitation(long memberId, String invitedBy, Instant invitedAt) {
		this.memberId = memberId;
		this.invitedBy = invitedBy;
		this.invitedAt = invitedAt;
	}

	long member() {
		return this.memberId;
	}

	boolean mailed() {
		return this.mailedAt != null;
	}

	void mailed(Instant now) {
		this.mailedAt = now;
	}

}
