package de.vitako.dashboard.survey.results;

import java.util.List;

import de.vitako.dashboard.figures.MetricInfo;

/**
 * A question's results: its cells in the metric's segment order and the members that answered it.
 *
 * @param kind {@code number}, {@code choice}, {@code breakdown} or {@code rating}
 * @param respondents the members that answered the question, at least one segment
 * @param heldBack whether the whole question is held back (its segments are parts of one whole, and one of them
 * would reveal a difference): the draft keeps what an earlier result gave it
 */
public record QuestionResult(MetricInfo metric, String kind, int respondents, List<ResultCell> cells,
		boolean heldBack) {

	/** Whether no member answered it: no cell goes into the draft. */
	public boolean unanswered() {
		return this.respondents == 0;
	}

	/** The cells that go into the draft: answered, and not held back. */
	public List<ResultCell> applied() {
		if (this.heldBack) {
			return List.of();
		}
		return this.cells.stream()
			.filter((cell) -> cell.respondents() > 0 && cell.protection() != Protection.DIFFERENCE)
			.toList();
	}

}
