package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;

/**
 * A member's questionnaire of a round as its form shows it: the questions with their metrics, the stored answers,
 * the member's own answers of the year before, and where it stands.
 *
 * @param lastYear the member's submitted answers in the previous year's round, empty if there were none
 * @param state {@code null} before a contact first opens it
 */
public record Questionnaire(long roundId, RoundDetails round, long memberId, MemberDetails member, List<Item> items,
		Map<AnswerKey, Answer> answers, Map<AnswerKey, Answer> lastYear, ResponseState state, Phase phase) {

	private static final BigDecimal TEN = BigDecimal.TEN;

	/** Whether the members may change it now: the round is open and it has not been submitted. */
	public boolean editable() {
		return this.phase == Phase.OPEN && (this.state == null || !this.state.submitted());
	}

	public boolean submitted() {
		return this.state != null && this.state.submitted();
	}

	public Optional<Answer> answer(AnswerKey key) {
		return Optional.ofNullable(this.answers.get(key));
	}

	public Optional<Answer> lastYear(AnswerKey key) {
		return Optional.ofNullable(this.lastYear.get(key));
	}

	/** Every place an answer goes, in the form's order. */
	public List<AnswerKey> keys() {
		return this.items.stream().flatMap((item) -> item.keys().stream()).toList();
	}

	public Optional<Item> item(String metric) {
		return this.items.stream().filter((item) -> item.metric().code().equals(metric)).findFirst();
	}

	/**
	 * Whether {@code answer} is more than ten times or less than a tenth of the member's own value of last year (for
	 * numbers and breakdowns; a rating or a choice cannot jump).
	 */
	public boolean jumps(AnswerKey key, Answer answer) {
		Optional<Item> item = item(key.metric());
		if (answer == null || answer.declined() || item.isEmpty() || !item.get().numeric()) {
			return false;
		}
		BigDecimal before = lastYear(key).map(Answer::value).orElse(null);
		return before != null && before.signum() > 0
				&& (answer.value().compareTo(before.multiply(TEN)) > 0
						|| answer.value().multiply(TEN).compareTo(before) < 0);
	}

	/** Whether the round is open for answers today, in {@code VITAKO_TIME_ZONE}. */
	public enum Phase {

		NOT_YET_OPEN, OPEN, CLOSED

	}

	/**
	 * A question of the form.
	 *
	 * @param number its number in the form, from 1
	 * @param kind {@code number}, {@code choice}, {@code breakdown} or {@code rating}
	 */
	public record Item(int number, RoundEntry.Question question, MetricInfo metric) {

		public String kind() {
			return this.question.answerKind();
		}

		/** Whether it asks for numbers: a count, an amount, or the parts of the member's own whole. */
		public boolean numeric() {
			return kind().equals("number") || kind().equals("breakdown");
		}

		public List<AnswerKey> keys() {
			return this.metric.segments().stream().map((segment) -> key(segment)).toList();
		}

		public AnswerKey key(SegmentInfo segment) {
			return new AnswerKey(this.metric.code(), segment.code());
		}

	}

}
