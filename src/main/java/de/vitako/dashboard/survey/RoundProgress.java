package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A round's responses: each invited member's progress, and per question how many submitted questionnaires answer
 * it with a value and how many say "keine Angabe".
 */
public record RoundProgress(RoundEntry round, List<MemberProgress> members, List<QuestionRate> questions) {

	public int invited() {
		return this.members.size();
	}

	public int submitted() {
		return (int) this.members.stream().filter(MemberProgress::submitted).count();
	}

	/** The share of invited members that submitted, in percent; 0 when nobody is invited. */
	public BigDecimal rate() {
		return percent(submitted(), invited());
	}

	static BigDecimal percent(int part, int whole) {
		return (whole == 0) ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/**
	 * A question's answers among the submitted questionnaires.
	 *
	 * @param answered how many give a value for at least one segment
	 * @param declined how many say "keine Angabe" throughout
	 * @param invited how many members were invited
	 */
	public record QuestionRate(int number, String metric, LocalizedText label, int answered, int declined,
			int invited) {

		/** The share of invited members that answered with a value, in percent. */
		public BigDecimal rate() {
			return percent(this.answered, this.invited);
		}

	}

}
