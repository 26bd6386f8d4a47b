package de.vitako.dashboard.survey;

import java.util.List;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A survey round as the admin pages show it: its details, questions in order, the invited members' ids, and the
 * version an edit must carry.
 */
public record RoundEntry(long id, RoundDetails details, long version, List<Question> questions,
		List<Long> invitedMembers) {

	/**
	 * A question: the metric asked about and how it is answered.
	 *
	 * @param answerKind {@code number}, {@code choice}, {@code breakdown} or {@code rating}
	 * @param help shown beside the question, {@code null} for none
	 */
	public record Question(String metric, String answerKind, LocalizedText help) {
	}

}
