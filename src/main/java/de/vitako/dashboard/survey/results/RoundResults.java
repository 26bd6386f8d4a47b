package de.vitako.dashboard.survey.results;

import java.util.List;

import de.vitako.dashboard.survey.RoundEntry;

/**
 * A round's results as staff see them before taking them into the draft.
 *
 * @param threshold the rating from which a rating counts (4: "hoch")
 * @param invited the members invited to the round
 * @param submitted the members whose submitted answers the results rest on
 * @param waiting the invited members that have not submitted
 * @param reopened the members whose submitted questionnaire staff reopened and that have not submitted again: their
 * answers count for nothing until then, so no result is taken over meanwhile
 * @param applied how many results of the round the draft took in (not undone)
 */
public record RoundResults(RoundEntry round, int threshold, int invited, int submitted, List<QuestionResult> questions,
		List<MemberName> waiting, List<MemberName> reopened, int applied) {

	/** Whether the results can be taken into the draft, and if not, the message key that says why. */
	public String refusal() {
		if (this.submitted == 0) {
			return "survey.results.none";
		}
		if (!this.reopened.isEmpty()) {
			return "survey.results.reopened";
		}
		if (this.questions.stream().allMatch((question) -> question.applied().isEmpty())) {
			return "survey.results.nothing";
		}
		return null;
	}

	/** A member as the results name it. */
	public record MemberName(long id, String shortName, String name) {
	}

}
