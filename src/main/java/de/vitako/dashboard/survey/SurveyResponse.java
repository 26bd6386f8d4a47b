package de.vitako.dashboard.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A member's questionnaire of a round: its answers, who saved it last, and whether it was submitted (which locks
 * it until staff reopen it). Any contact of the member may save it; the version tells a save that another one
 * came first.
 */
@Entity
@Table(name = "survey_response")
class SurveyResponse extends Versioned {

	private long roundId;

	private long memberId;

	private String savedBy;

	private Instant savedAt;

	private String submittedBy;

	private Instant submittedAt;

	@OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "response_id", nullable = false, updatable = false)
	private List<SurveyAnswer> answers = new ArrayList<>();

	protected SurveyResponse() {
	}

	SurveyResponse(long roundId, long memberId, String openedBy, Instant openedAt) {
		super(openedBy, openedAt);
		this.roundId = roundId;
		this.memberId = memberId;
	}

	long round() {
		return this.roundId;
	}

	long member() {
		return this.memberId;
	}

	/** The answers given so far, by where they go. */
	Map<AnswerKey, Answer> answers() {
		Map<AnswerKey, Answer> answers = new LinkedHashMap<>();
		this.answers.forEach((answer) -> answers.put(answer.key(), answer.answer()));
		return answers;
	}

	Optional<Answer> answer(AnswerKey key) {
		return find(key).map(SurveyAnswer::answer);
	}

	/** Sets an answer; {@code null} empties the field. */
	void put(AnswerKey key, Answer answer) {
		Optional<SurveyAnswer> found = find(key);
		if (answer == null) {
			found.ifPresent(this.answers::remove);
		}
		else if (found.isPresent()) {
			found.get().change(answer);
		}
		else {
			this.answers.add(new SurveyAnswer(key, answer));
		}
	}

	void saved(String by, Instant at) {
		this.savedBy = by;
		this.savedAt = at;
		changed();
	}

	boolean submitted() {
		return this.submittedAt != null;
	}

	void submit(String by, Instant at) {
		this.submittedBy = by;
		this.submittedAt = at;
		changed();
	}

	void reopen() {
		this.submittedBy = null;
		this.submittedAt = null;
		changed();
	}

	ResponseState state() {
		return new ResponseState(id(), version(), this.savedBy, this.savedAt, this.submittedBy, this.submittedAt,
				!this.answers.isEmpty());
	}

	private Optional<SurveyAnswer> find(AnswerKey key) {
		return this.answers.stream().filter((answer) -> answer.key().equals(key)).findFirst();
	}

}
