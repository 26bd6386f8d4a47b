package de.vitako.dashboard.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;

/**
 * Aggregates one question's answers and protects the result, without touching the database:
 * <ul>
 * <li>a number per segment: the sum over the members that answered the segment;</li>
 * <li>one choice per member: the share of the question's respondents choosing each segment;</li>
 * <li>a member's own breakdown: each segment's share of the summed parts;</li>
 * <li>a rating per segment: the share of the segment's raters at or above the round's threshold.</li>
 * </ul>
 * Nothing is imputed: a member counts where it gave an answer ("keine Angabe" is none). Then the disclosure
 * control: the frequency rule on the members behind each cell (for a share, on those behind its count), the
 * dominance rule on sums and breakdowns, a second cell where the segments are parts of one whole, and the
 * comparison with what earlier results of the round published.
 */
final class Aggregation {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final DisclosureRules rules;

	Aggregation(DisclosureRules rules) {
		this.rules = rules;
	}

	/**
	 * @param answers per member that answered anything of the question: its value per segment, {@code null} for
	 * "keine Angabe"
	 * @param threshold the rating from which a rating counts (4: "hoch")
	 * @param earlier the cells earlier results of the round took into the draft, oldest first
	 */
	QuestionResult aggregate(MetricInfo metric, String kind, Map<Long, Map<String, BigDecimal>> answers,
			int threshold, List<Map<String, EarlierCell>> earlier) {
		List<ResultCell> cells = switch (kind) {
			case "number" -> sums(metric, answers);
			case "choice" -> shares(metric, answers, (value) -> value.compareTo(BigDecimal.ONE) >= 0);
			case "rating" -> ratings(metric, answers, threshold);
			case "breakdown" -> breakdown(metric, answers);
			default -> throw new IllegalArgumentException("Unknown kind of answer: " + kind);
		};
		int respondents = (int) answers.values()
			.stream()
			.filter((perSegment) -> perSegment.values().stream().anyMatch((value) -> value != null))
			.count();
		if (metric.partsOfWhole()) {
			cells = secondary(cells);
		}
		boolean heldBack = false;
		List<ResultCell> compared = new ArrayList<>();
		for (ResultCell cell : cells) {
			ResultCell checked = cell.published() && revealsADifference(cell, earlier)
					? cell.protect(Protection.DIFFERENCE, null) : cell;
			heldBack |= checked.protection() == Protection.DIFFERENCE;
			compared.add(checked);
		}
		// parts of one whole are held back together: one earlier cell among new ones would be computable
		return new QuestionResult(metric, kind, respondents, compared, heldBack && metric.partsOfWhole());
	}

	private List<ResultCell> sums(MetricInfo metric, Map<Long, Map<String, BigDecimal>> answers) {
		List<ResultCell> cells = new ArrayList<>();
		for (SegmentInfo segment : metric.segments()) {
			Map<Long, BigDecimal> parts = parts(answers, segment.code(), false);
			BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			cells.add(primary(new ResultCell(metric.code(), segment.code(), parts.isEmpty() ? null : sum,
					parts.size(), null, null, parts), parts.size(), true));
		}
		return cells;
	}

	private List<ResultCell> shares(MetricInfo metric, Map<Long, Map<String, BigDecimal>> answers,
			java.util.function.Predicate<BigDecimal> counts) {
		List<ResultCell> cells = new ArrayList<>();
		for (SegmentInfo segment : metric.segments()) {
			Map<Long, BigDecimal> parts = parts(answers, segment.code(), true);
			long count = parts.values().stream().filter(counts).count();
			cells.add(share(metric, segment, parts, count));
		}
		return cells;
	}

	private List<ResultCell> ratings(MetricInfo metric, Map<Long, Map<String, BigDecimal>> answers, int threshold) {
		List<ResultCell> cells = new ArrayList<>();
		BigDecimal from = BigDecimal.valueOf(threshold);
		for (SegmentInfo segment : metric.segments()) {
			Map<Long, BigDecimal> parts = parts(answers, segment.code(), false);
			long count = parts.values().stream().filter((rating) -> rating.compareTo(from) >= 0).count();
			cells.add(share(metric, segment, parts, count));
		}
		return cells;
	}

	private List<ResultCell> breakdown(MetricInfo metric, Map<Long, Map<String, BigDecimal>> answers) {
		List<ResultCell> cells = new ArrayList<>();
		BigDecimal whole = BigDecimal.ZERO;
		for (Map<String, BigDecimal> perSegment : answers.values()) {
			whole = whole.add(perSegment.values()
				.stream()
				.filter((value) -> value != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		for (SegmentInfo segment : metric.segments()) {
			Map<Long, BigDecimal> parts = parts(answers, segment.code(), true);
			BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			long contributors = parts.values().stream().filter((part) -> part.signum() > 0).count();
			BigDecimal share = (parts.isEmpty() || whole.signum() == 0) ? null
					: sum.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
			ResultCell cell = new ResultCell(metric.code(), segment.code(), share, parts.size(), null, null, parts);
			cells.add(shareProtection(primary(cell, contributors, true), contributors));
		}
		return cells;
	}

	/** The share of the members behind a segment that count for it (chose it, rated it high enough). */
	private ResultCell share(MetricInfo metric, SegmentInfo segment, Map<Long, BigDecimal> parts, long count) {
		BigDecimal share = parts.isEmpty() ? null
				: BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(parts.size()), 1,
						RoundingMode.HALF_UP);
		ResultCell cell = new ResultCell(metric.code(), segment.code(), share, parts.size(), null, null, parts);
		return shareProtection(primary(cell, parts.size(), false), count);
	}

	/** The frequency rule on the count behind a share: none is no one's answer, one or two are. */
	private ResultCell shareProtection(ResultCell cell, long count) {
		if (cell.protection() == null && count > 0 && count < this.rules.minContributors()) {
			return cell.protect(Protection.FREQUENCY, null);
		}
		return cell;
	}

	/** The frequency rule on the members behind a cell, and for sums the dominance rule on their parts. */
	private ResultCell primary(ResultCell cell, long contributors, boolean dominance) {
		if (cell.respondents() == 0) {
			return cell;
		}
		if (cell.respondents() < this.rules.minContributors()
				|| (contributors > 0 && contributors < this.rules.minContributors())) {
			return cell.protect(Protection.FREQUENCY, null);
		}
		if (dominance) {
			BigDecimal sum = cell.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal largest = cell.parts()
				.values()
				.stream()
				.sorted(Comparator.reverseOrder())
				.limit(this.rules.dominanceContributors())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.signum() > 0 && largest.multiply(HUNDRED)
				.compareTo(sum.multiply(BigDecimal.valueOf(this.rules.dominanceShare()))) > 0) {
				return cell.protect(Protection.DOMINANCE, null);
			}
		}
		return cell;
	}

	/**
	 * Where the segments are parts of one whole (they add up to 100 per cent), one confidential cell could be
	 * computed from the others: the published cell that loses the least is withheld with it, the smallest share
	 * above zero (a cell of zero would tell that the confidential one is the whole rest). Without such a cell, all
	 * others are withheld.
	 */
	private static List<ResultCell> secondary(List<ResultCell> cells) {
		List<ResultCell> confidential = cells.stream().filter(ResultCell::confidential).toList();
		if (confidential.size() != 1) {
			return cells;
		}
		ResultCell primary = confidential.get(0);
		ResultCell chosen = cells.stream()
			.filter((cell) -> cell.published() && cell.value().signum() > 0)
			.min(Comparator.comparing(ResultCell::value))
			.orElse(null);
		List<ResultCell> protectedCells = new ArrayList<>();
		for (ResultCell cell : cells) {
			if (cell == primary) {
				protectedCells.add(cell.partner((chosen != null) ? chosen.segment() : null));
			}
			else if (cell.published() && (chosen == null || cell == chosen)) {
				protectedCells.add(cell.protect(Protection.SECONDARY, primary.segment()));
			}
			else {
				protectedCells.add(cell);
			}
		}
		return protectedCells;
	}

	/** Whether the cell, published beside an earlier published one, differs by too few members' answers. */
	private boolean revealsADifference(ResultCell cell, List<Map<String, EarlierCell>> earlier) {
		for (Map<String, EarlierCell> result : earlier) {
			EarlierCell before = result.get(cell.metric() + "/" + cell.segment());
			if (before != null && before.published()) {
				long changed = before.changedMembers(cell.parts());
				if (changed > 0 && changed < this.rules.minContributors()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Each member's part of a segment: its value where it gave one; for a share, where it answered the question
	 * at all, a missing segment is a zero (a choice's other segments, a breakdown's empty part).
	 */
	private static Map<Long, BigDecimal> parts(Map<Long, Map<String, BigDecimal>> answers, String segment,
			boolean wholeQuestion) {
		Map<Long, BigDecimal> parts = new LinkedHashMap<>();
		answers.forEach((member, perSegment) -> {
			BigDecimal value = perSegment.get(segment);
			if (value != null) {
				parts.put(member, value);
			}
			else if (wholeQuestion && perSegment.values().stream().anyMatch((any) -> any != null)) {
				parts.put(member, BigDecimal.ZERO);
			}
		});
		return parts;
	}

}
