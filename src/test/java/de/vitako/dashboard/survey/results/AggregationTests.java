package de.vitako.dashboard.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The aggregation reproduces the brochure's survey shares from synthetic answers, and its disclosure control
 * leaves no published number from which a protected one can be computed: an attacker below tries every
 * relation a reader has (segments adding up to a published total, a share's 100 %, the previous result of the
 * same round) and computes none.
 */
class AggregationTests {

	private static final DisclosureRules RULES = new DisclosureRules(3, 2, 85);

	private final Aggregation aggregation = new Aggregation(RULES);

	@Test
	void thirtyNineMembersRatingSixTopicsGiveTheBrochuresShares() {
		MetricInfo topics = metric("topics", Unit.PERCENT, false, false, "a", "b", "c", "d", "e", "f");
		// members rating "hoch" (4) or "sehr hoch" (5) per topic; the sixth topic answered by 38 members
		int[] high = { 38, 36, 36, 33, 26, 20 };
		Map<Long, Map<String, BigDecimal>> answers = new LinkedHashMap<>();
		for (long member = 1; member <= 39; member++) {
			Map<String, BigDecimal> ratings = new HashMap<>();
			for (int topic = 0; topic < 6; topic++) {
				long rating = (member <= high[topic]) ? 4 + member % 2 : 1 + member % 3;
				ratings.put(String.valueOf((char) ('a' + topic)), BigDecimal.valueOf(rating));
			}
			if (member == 39) {
				ratings.put("f", null);
			}
			answers.put(member, ratings);
		}
		QuestionResult result = this.aggregation.aggregate(topics, "rating", answers, 4, List.of());
		assertThat(result.cells()).extracting(ResultCell::value)
			.extracting(BigDecimal::toPlainString)
			.containsExactly("97.4", "92.3", "92.3", "84.6", "66.7", "52.6");
		assertThat(result.cells()).extracting(ResultCell::respondents).containsExactly(39, 39, 39, 39, 39, 38);
		assertThat(result.cells()).allMatch(ResultCell::published);
		assertThat(result.respondents()).isEqualTo(39);
	}

	@Test
	void twentySixMembersChoosingAmongThreeGiveTheBrochuresShares() {
		MetricInfo willingness = metric("outsourcing_willingness", Unit.PERCENT, false, true, "increasing", "same",
				"decreasing");
		Map<Long, Map<String, BigDecimal>> answers = choices(17, 9, 0);
		QuestionResult result = this.aggregation.aggregate(willingness, "choice", answers, 4, List.of());
		assertThat(result.cells()).extracting((cell) -> cell.value().toPlainString())
			.containsExactly("65.4", "34.6", "0.0");
		assertThat(result.cells()).allMatch(ResultCell::published);
		assertThat(result.cells()).extracting(ResultCell::respondents).containsOnly(26);
	}

	@Test
	void aSumOfTwoMembersIsConfidential() {
		MetricInfo devices = metric("devices", Unit.COUNT, true, false, "schools", "administrations");
		Map<Long, Map<String, BigDecimal>> answers = new LinkedHashMap<>();
		answers.put(1L, segments("schools", 1200, "administrations", 300));
		answers.put(2L, segments("schools", 800, "administrations", 250));
		answers.put(3L, segments("schools", null, "administrations", 400));
		QuestionResult result = this.aggregation.aggregate(devices, "number", answers, 4, List.of());
		assertThat(result.cells().get(0).protection()).isEqualTo(Protection.FREQUENCY);
		assertThat(result.cells().get(0).respondents()).isEqualTo(2);
		assertThat(result.cells().get(1).published()).isTrue();
		assertThat(result.cells().get(1).value()).isEqualByComparingTo("950");
		assertNothingComputable(devices, List.of(result));
	}

	@Test
	void aSumOneMemberDominatesIsConfidential() {
		MetricInfo devices = metric("devices", Unit.COUNT, true, false, "schools", "administrations");
		Map<Long, Map<String, BigDecimal>> answers = new LinkedHashMap<>();
		int[] schools = { 90_000, 4_000, 3_000, 2_000, 1_000 };
		for (int i = 0; i < schools.length; i++) {
			answers.put((long) i + 1, segments("schools", schools[i], "administrations", 1_000 + i));
		}
		QuestionResult result = this.aggregation.aggregate(devices, "number", answers, 4, List.of());
		// the two largest: 94,000 of 100,000 = 94 % > 85 %
		assertThat(result.cells().get(0).protection()).isEqualTo(Protection.DOMINANCE);
		assertThat(result.cells().get(1).published()).isTrue();
		assertNothingComputable(devices, List.of(result));
	}

	@Test
	void aConfidentialShareOfAWholeIsProtectedByTheSmallestOtherShare() {
		MetricInfo willingness = metric("outsourcing_willingness", Unit.PERCENT, false, true, "increasing", "same",
				"decreasing");
		QuestionResult result = this.aggregation.aggregate(willingness, "choice", choices(14, 8, 2), 4, List.of());
		assertThat(result.cells().get(2).protection()).isEqualTo(Protection.FREQUENCY);
		assertThat(result.cells().get(2).partner()).isEqualTo("same");
		assertThat(result.cells().get(1).protection()).isEqualTo(Protection.SECONDARY);
		assertThat(result.cells().get(1).partner()).isEqualTo("decreasing");
		assertThat(result.cells().get(0).published()).isTrue();
		assertNothingComputable(willingness, List.of(result));
	}

	@Test
	void aConfidentialShareBesideOnlyEmptyOnesWithholdsThemAll() {
		MetricInfo kinds = metric("kinds", Unit.PERCENT, false, true, "a", "b", "c");
		// a breakdown: one member puts its whole into "b"; the others into "a"
		Map<Long, Map<String, BigDecimal>> answers = new LinkedHashMap<>();
		for (long member = 1; member <= 5; member++) {
			answers.put(member, segments("a", member == 1 ? 0 : 100, "b", member == 1 ? 100 : 0, "c", 0));
		}
		QuestionResult result = this.aggregation.aggregate(kinds, "breakdown", answers, 4, List.of());
		assertThat(result.cells().get(1).protection()).isEqualTo(Protection.FREQUENCY);
		assertThat(result.cells().get(0).protection()).isEqualTo(Protection.SECONDARY);
		assertThat(result.cells().get(2).protection()).isNull();
		assertNothingComputable(kinds, List.of(result));
	}

	@Test
	void aLateAnswerOfOneMemberIsHeldBackAgainstTheEarlierResult() {
		MetricInfo devices = metric("devices", Unit.COUNT, true, false, "schools", "administrations");
		Map<Long, Map<String, BigDecimal>> answers = new LinkedHashMap<>();
		for (long member = 1; member <= 5; member++) {
			answers.put(member, segments("schools", 1_000 * member, "administrations", 100 * member));
		}
		QuestionResult first = this.aggregation.aggregate(devices, "number", answers, 4, List.of());
		assertThat(first.cells()).allMatch(ResultCell::published);
		answers.put(6L, segments("schools", 2_500, "administrations", null));
		QuestionResult second = this.aggregation.aggregate(devices, "number", answers, 4, List.of(earlier(first)));
		assertThat(second.cells().get(0).protection()).isEqualTo(Protection.DIFFERENCE);
		assertThat(second.applied()).extracting(ResultCell::segment).containsExactly("administrations");
		assertNothingComputable(devices, List.of(first, second));
		// three more members later: the difference rests on four, and the new sum is published
		for (long member = 7; member <= 9; member++) {
			answers.put(member, segments("schools", 700, "administrations", 70));
		}
		QuestionResult third = this.aggregation.aggregate(devices, "number", answers, 4,
				List.of(earlier(first), earlier(second)));
		assertThat(third.cells()).allMatch(ResultCell::published);
		assertNothingComputable(devices, List.of(first, second, third));
	}

	@Test
	void aLateChoiceHoldsBackTheWholeQuestion() {
		MetricInfo willingness = metric("outsourcing_willingness", Unit.PERCENT, false, true, "increasing", "same",
				"decreasing");
		Map<Long, Map<String, BigDecimal>> answers = choices(10, 6, 4);
		QuestionResult first = this.aggregation.aggregate(willingness, "choice", answers, 4, List.of());
		answers.put(100L, segments("increasing", 0, "same", 0, "decreasing", 1));
		QuestionResult second = this.aggregation.aggregate(willingness, "choice", answers, 4, List.of(earlier(first)));
		assertThat(second.heldBack()).isTrue();
		assertThat(second.applied()).isEmpty();
	}

	@Test
	void settingsThatWouldPublishConfidentialCellsAreRefusedByName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureRules(2, 2, 85))
			.withMessageContaining("vitako.disclosure.min-contributors");
		assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureRules(3, 2, 100.5))
			.withMessageContaining("vitako.disclosure.dominance-share");
		assertThatIllegalArgumentException().isThrownBy(() -> new DisclosureRules(3, 0, 85))
			.withMessageContaining("vitako.disclosure.dominance-contributors");
		// as the application binds them at start-up: the defaults, and a refusal that names the setting
		ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Binding.class);
		context.run((started) -> assertThat(started.getBean(DisclosureRules.class))
			.isEqualTo(new DisclosureRules(3, 2, 85)));
		context.withPropertyValues("vitako.disclosure.min-contributors=2")
			.run((refused) -> assertThat(refused.getStartupFailure()).rootCause()
				.hasMessageContaining("vitako.disclosure.min-contributors"));
		context.withPropertyValues("vitako.disclosure.dominance-share=120")
			.run((refused) -> assertThat(refused.getStartupFailure()).rootCause()
				.hasMessageContaining("vitako.disclosure.dominance-share"));
	}

	/** The rules bound as the application binds them. */
	@EnableConfigurationProperties(DisclosureRules.class)
	static class Binding {

	}

	/**
	 * An attacker with every published number of the results, oldest first: the totals a reader gets (the sum of
	 * the segments where each is published, 100 % for parts of a whole), the other segments, and each earlier
	 * result of the round. It solves every relation with one unknown, and it reads a difference between two
	 * publications of a cell that rests on one or two members' answers. It must find nothing.
	 */
	private static void assertNothingComputable(MetricInfo metric, List<QuestionResult> results) {
		assertThat(results).isNotEmpty();
		Map<String, ResultCell> shown = new HashMap<>();
		for (QuestionResult result : results) {
			for (ResultCell cell : result.applied()) {
				ResultCell before = shown.get(cell.segment());
				if (before != null && before.published() && cell.published()) {
					long changed = new EarlierCell(metric.code(), cell.segment(), true, before.parts())
						.changedMembers(cell.parts());
					assertThat(changed).as("the difference of %s between two results", cell.segment())
						.matches((n) -> n == 0 || n >= RULES.minContributors());
				}
				shown.put(cell.segment(), cell);
			}
			List<ResultCell> cells = metric.segments()
				.stream()
				.map((segment) -> shown.get(segment.code()))
				.filter((cell) -> cell != null)
				.toList();
			long unknown = cells.stream().filter((cell) -> !cell.published()).count();
			boolean totalPublished = metric.partsOfWhole() || (metric.segmentsAddUp() && unknown == 0);
			assertThat(totalPublished && unknown == 1).as("one unknown beside a published total").isFalse();
		}
	}

	private static Map<String, EarlierCell> earlier(QuestionResult result) {
		Map<String, EarlierCell> cells = new HashMap<>();
		for (ResultCell cell : result.applied()) {
			cells.put(cell.metric() + "/" + cell.segment(),
					new EarlierCell(cell.metric(), cell.segment(), cell.published(), cell.parts()));
		}
		return cells;
	}

	private static Map<Long, Map<String, BigDecimal>> choices(int... counts) {
		Map<Long, Map<String, BigDecimal>> answers = new LinkedHashMap<>();
		String[] segments = { "increasing", "same", "decreasing" };
		long member = 1;
		for (int choice = 0; choice < counts.length; choice++) {
			for (int i = 0; i < counts[choice]; i++) {
				Map<String, BigDecimal> answer = new HashMap<>();
				for (int segment = 0; segment < segments.length; segment++) {
					answer.put(segments[segment], (segment == choice) ? BigDecimal.ONE : BigDecimal.ZERO);
				}
				answers.put(member++, answer);
			}
		}
		return answers;
	}

	private static Map<String, BigDecimal> segments(Object... codesAndValues) {
		Map<String, BigDecimal> values = new HashMap<>();
		for (int i = 0; i < codesAndValues.length; i += 2) {
			Object value = codesAndValues[i + 1];
			values.put((String) codesAndValues[i], (value == null) ? null : new BigDecimal(value.toString()));
		}
		return values;
	}

	private static MetricInfo metric(String code, Unit unit, boolean addUp, boolean whole, String... segments) {
		List<SegmentInfo> infos = new ArrayList<>();
		IntStream.range(0, segments.length)
			.forEach((i) -> infos.add(new SegmentInfo(segments[i], new LocalizedText(segments[i], segments[i]))));
		return new MetricInfo(code, new LocalizedText(code, code), new LocalizedText(code, code), unit, addUp, whole,
				infos);
	}

}
