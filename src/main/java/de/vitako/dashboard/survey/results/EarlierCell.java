package de.vitako.dashboard.survey.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A cell as an earlier result of the round took it into the draft: whether it was published, and each member's
 * part of it.
 */
record EarlierCell(String metric, String segment, boolean published, Map<Long, BigDecimal> parts) {

	/** The members whose part differs between the two: one without a part in the other counts as well. */
	long changedMembers(Map<Long, BigDecimal> now) {
		return java.util.stream.Stream.concat(this.parts.keySet().stream(), now.keySet().stream())
			.distinct()
			.filter((member) -> {
				BigDecimal before = this.parts.get(member);
				BigDecimal after = now.get(member);
				return before == null || after == null || before.compareTo(after) != 0;
			})
			.count();
	}

}
