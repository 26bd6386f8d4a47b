package de.vitako.dashboard.survey;

import java.util.List;
import java.util.Map;

/**
 * What saving a questionnaire did.
 *
 * @param questionnaire the questionnaire as stored now
 * @param conflicts the answers another contact saved since the form was opened where this form has other ones:
 * nothing was stored, and these are the stored answers ({@code null}: emptied)
 * @param changed how many answers the save changed
 * @param problems why it could not be submitted as asked (the answers were saved)
 */
public record SaveOutcome(Questionnaire questionnaire, Map<AnswerKey, Answer> conflicts, int changed,
		List<SubmitProblem> problems) {

	public boolean conflicting() {
		return !this.conflicts.isEmpty();
	}

	public boolean submitted() {
		return this.questionnaire.submitted();
	}

}
