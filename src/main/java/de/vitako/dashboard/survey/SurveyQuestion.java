package de.vitako.dashboard.survey;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A question of a round: one metric of the catalogue, asked per segment, with the kind of answer and the help
 * shown beside it. Part of its {@link SurveyRound}.
 */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String metricCode;

	private int position;

	private String answerKind;

	private String helpDe;

	private String helpEn;

	protected SurveyQuestion() {
	}

	SurveyQuestion(String metric, int position, String answerKind, LocalizedText help) {
		this.metricCode = metric;
		this.position = position;
		this.answerKind = answerKind;
		this.helpDe = (help != null) ? help.de() : null;
		this.helpEn = (help != null) ? help.en() : null;
	}

	String metric() {
		return this.metricCode;
	}

	int position() {
		return this.position;
	}

	RoundEntry.Question toEntry() {
		return new RoundEntry.Question(this.metricCode, this.answerKind,
				(this.helpDe != null) ? new LocalizedText(this.helpDe, this.helpEn) : null);
	}

}
