package de.vitako.dashboard.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.survey.Answer;
import de.vitako.dashboard.survey.AnswerFormat;
import de.vitako.dashboard.survey.AnswerKey;
import de.vitako.dashboard.survey.Questionnaire;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member gets back for a round: its own answers beside the association's published figure and the members
 * it rests on, and where at least {@link #QUARTILE_MEMBERS} members stand behind a published sum or rating, the
 * quartiles of their answers and where the member's own answer lies. Only what is public anyway is shown of the
 * association: the latest release's figure, never a cell the disclosure control withheld; the quartiles come from
 * the answers the published figure rests on, as the latest takeover of the round recorded them.
 */
@Service
public class MemberResults {

	/** The fewest members behind a cell for its quartiles. */
	public static final int QUARTILE_MEMBERS = 5;

	private final FigureSnapshots snapshots;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	MemberResults(FigureSnapshots snapshots, JdbcTemplate jdbc, MessageSource messages) {
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Each question of the member's questionnaire with a line per segment, every text in the reader's language. */
	@Transactional(readOnly = true)
	public List<QuestionLines> of(Questionnaire questionnaire, Locale locale) {
		Map<String, List<BigDecimal>> published = publishedParts(questionnaire.roundId());
		int year = questionnaire.round().year();
		FigureSnapshot release = this.snapshots.snapshot();
		List<QuestionLines> questions = new ArrayList<>();
		for (Questionnaire.Item item : questionnaire.items()) {
			List<Line> lines = new ArrayList<>();
			for (SegmentInfo segment : item.metric().segments()) {
				AnswerKey key = item.key(segment);
				Answer own = questionnaire.answers().get(key);
				Optional<FigureValue> figure = release.metric(item.metric().code())
					.flatMap((data) -> data.figure(segment.code(), year));
				String association = figure.map((f) -> f.confidential() ? "•" : value(f.value(), item, locale))
					.orElse(text("survey.myResults.notPublished", locale));
				String basis = figure.map(FigureValue::basis)
					.map((b) -> text("survey.myResults.basis", locale, b.respondents(), b.invited()))
					.orElse("");
				List<BigDecimal> parts = published.getOrDefault(key.metric() + "/" + key.segment(), List.of());
				String quartiles = "";
				String position = "";
				boolean ranked = (item.kind().equals("number") || item.kind().equals("rating"))
						&& figure.isPresent() && !figure.get().confidential() && parts.size() >= QUARTILE_MEMBERS;
				if (ranked) {
					BigDecimal[] q = quartiles(parts);
					quartiles = text("survey.myResults.quartiles", locale, AnswerFormat.number(q[0], locale),
							AnswerFormat.number(q[1], locale), AnswerFormat.number(q[2], locale));
					if (own != null && !own.declined()) {
						position = text("survey.myResults.position." + position(own.value(), q), locale);
					}
				}
				lines.add(new Line(key, segment.label().in(locale), own,
						AnswerFormat.answer(item, own, locale, this.messages), association, basis, quartiles,
						position));
			}
			questions.add(new QuestionLines(item.number(), item.metric().label().in(locale), lines));
		}
		return questions;
	}

	/**
	 * The first quartile, the median and the third, interpolated between the sorted values as spreadsheets do
	 * ({@code QUARTILE.INC}, R's type 7).
	 */
	static BigDecimal[] quartiles(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		BigDecimal[] quartiles = new BigDecimal[3];
		for (int i = 0; i < 3; i++) {
			BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(i + 1))
				.divide(BigDecimal.valueOf(4));
			int low = h.intValue();
			BigDecimal fraction = h.subtract(BigDecimal.valueOf(low));
			BigDecimal below = sorted.get(low);
			BigDecimal above = sorted.get(Math.min(low + 1, sorted.size() - 1));
			quartiles[i] = below.add(above.subtract(below).multiply(fraction)).setScale(2, RoundingMode.HALF_UP)
				.stripTrailingZeros();
		}
		return quartiles;
	}

	/** Where a value lies against the quartiles: {@code upper}, {@code aboveMedian}, {@code belowMedian}, … */
	static String position(BigDecimal value, BigDecimal[] quartiles) {
		if (value.compareTo(quartiles[2]) >= 0) {
			return "upper";
		}
		if (value.compareTo(quartiles[1]) >= 0) {
			return "aboveMedian";
		}
		if (value.compareTo(quartiles[0]) > 0) {
			return "belowMedian";
		}
		return "lower";
	}

	/** The members' parts of each published cell, as the round's latest takeover (not undone) recorded them. */
	private Map<String, List<BigDecimal>> publishedParts(long roundId) {
		Map<String, List<BigDecimal>> parts = new HashMap<>();
		this.jdbc.query("""
				select c.metric_code, c.segment_code, c.part from survey_result_cell c
				where c.published and c.result_id = (
				    select max(s.id) from survey_result s
				    join figure_import f on f.id = s.import_id and f.undone_at is null
				    where s.round_id = ?)""", (rs) -> {
			parts.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), (key) -> new ArrayList<>())
				.add(rs.getBigDecimal(3));
		}, roundId);
		return parts;
	}

	private static String value(BigDecimal value, Questionnaire.Item item, Locale locale) {
		String unit = switch (item.metric().unit()) {
			case PERCENT -> " %";
			case EURO -> " €";
			case COUNT -> "";
		};
		return AnswerFormat.number(value, locale) + unit;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A question of the member's results: its number, its label and a line per segment. */
	public record QuestionLines(int number, String label, List<Line> lines) {
	}

	/**
	 * A segment of a question: the member's own answer (and as text), the association's published figure, the
	 * members it rests on, and where there are enough of them the quartiles and the member's position.
	 */
	public record Line(AnswerKey key, String segment, Answer ownAnswer, String own, String association, String basis,
			String quartiles, String position) {
	}

}
