package de.vitako.dashboard.survey;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored answer of a questionnaire; part of its {@link SurveyResponse}.
 */
@Entity
@Table(name = "survey_answer")
class SurveyAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String metricCode;

	private String segmentCode;

	private BigDecimal value;

	private String note;

	private boolean confirmed;

	protected SurveyAnswer() {
	}

	SurveyAnswer(AnswerKey key, Answer answer) {
		this.metricCode = key.metric();
		this.segmentCode = key.segment();
		change(answer);
	}

	AnswerKey key() {
		return new AnswerKey(this.metricCode, this.segmentCode);
	}

	Answer answer() {
		return new Answer(this.value, this.note, this.confirmed);
	}

	void change(Answer answer) {
		this.value = answer.value();
		this.note = answer.note();
		this.confirmed = answer.confirmed();
	}

}
