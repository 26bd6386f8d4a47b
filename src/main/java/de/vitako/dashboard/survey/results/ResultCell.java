package de.vitako.dashboard.survey.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One cell of a round's results: a segment of a question, its aggregate and what it rests on.
 *
 * @param value the aggregate (a sum, or a share in per cent with one decimal), computed whether published or not;
 * {@code null} when no member answered
 * @param respondents the members whose answers it rests on (n)
 * @param protection why it is not published; {@code null} when it is
 * @param partner the segment it protects (a secondary cell) or that protects it (a primary cell with a secondary
 * one); {@code null} for none
 * @param parts each contributing member's part: the number for a sum, the answer for a share
 */
public record ResultCell(String metric, String segment, BigDecimal value, int respondents, Protection protection,
		String partner, Map<Long, BigDecimal> parts) {

	public boolean published() {
		return this.protection == null && this.value != null;
	}

	/** Confidential: resting on answers, but not to be published (held-back cells keep the earlier one instead). */
	public boolean confidential() {
		return this.protection != null && this.protection != Protection.DIFFERENCE && this.respondents > 0;
	}

	ResultCell protect(Protection why, String partner) {
		return new ResultCell(this.metric, this.segment, this.value, this.respondents, why, partner, this.parts);
	}

	ResultCell partner(String partner) {
		return new ResultCell(this.metric, this.segment, this.value, this.respondents, this.protection, partner,
				this.parts);
	}

}
