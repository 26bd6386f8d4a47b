package de.vitako.dashboard.survey.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.draft.FigureImports;
import de.vitako.dashboard.figures.draft.ImportedFigures;
import de.vitako.dashboard.survey.Questionnaires;
import de.vitako.dashboard.survey.RoundEntry;
import de.vitako.dashboard.survey.SurveyPlanner;
import de.vitako.dashboard.survey.SurveyRefusedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's results: the submitted answers aggregated and protected ({@link Aggregation}), shown to staff, and
 * taken into the draft through the figures' import, as a file the import's preview checks like any other (new and
 * changed figures, plausibility against last year) and undoes as one step. Each result taken in is kept with the
 * members' parts of each cell, so that the next one can compare itself with it.
 */
@Service
@EnableConfigurationProperties(DisclosureRules.class)
public class SurveyResults {

	/** The file's header, as the import reads it. */
	static final List<String> HEADER = List.of("Kennzahl (Code)", "Bereich (Code)", "Jahr", "Wert", "Vermerk",
			"Quelle", "Antworten (n)", "Eingeladen");

	private final SurveyPlanner planner;

	private final FigureSnapshots snapshots;

	private final FigureImports imports;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Aggregation aggregation;

	private final DisclosureRules rules;

	SurveyResults(SurveyPlanner planner, FigureSnapshots snapshots, FigureImports imports, JdbcTemplate jdbc,
			Clock clock, DisclosureRules rules) {
		this.planner = planner;
		this.snapshots = snapshots;
		this.imports = imports;
		this.jdbc = jdbc;
		this.clock = clock;
		this.rules = rules;
		this.aggregation = new Aggregation(rules);
	}

	public DisclosureRules rules() {
		return this.rules;
	}

	/**
	 * Sets the rating from which a rating question's answers count for the round (4: "hoch", the default).
	 * @throws SurveyRefusedException {@code survey.results.threshold.invalid} outside the scale, {@code survey.unknown}
	 * for an unknown round
	 */
	@Transactional
	public void threshold(long roundId, int threshold) {
		if (threshold < 1 || threshold > Questionnaires.RATING_SCALE) {
			throw new SurveyRefusedException("threshold", "survey.results.threshold.invalid");
		}
		// the round's version too: a form opened before the change is outdated
		if (this.jdbc.update("update survey_round set rating_threshold = ?, version = version + 1 where id = ?",
				threshold, roundId) == 0) {
			throw new SurveyRefusedException(null, "survey.unknown");
		}
	}

	/** The round's results as they stand; empty for an unknown round. */
	@Transactional(readOnly = true)
	public Optional<RoundResults> of(long roundId) {
		return this.planner.get(roundId).map(this::results);
	}

	/**
	 * The file the import previews and applies: one row per cell that goes into the draft, a confidential cell
	 * flagged and without a number. German CSV, as the team's own files are.
	 */
	public static byte[] importFile(RoundResults results) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
			printer.printRecord(HEADER);
			for (QuestionResult question : results.questions()) {
				for (ResultCell cell : question.applied()) {
					boolean confidential = !cell.published();
					printer.printRecord(cell.metric(), cell.segment(), results.round().details().year(),
							confidential ? "" : cell.value().toPlainString().replace('.', ','),
							confidential ? "confidential" : "", results.round().details().title().de(),
							cell.respondents(), results.invited());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The file's name in the import's list: {@code umfrage-2021-ergebnisse.csv}. */
	public static String fileName(RoundResults results) {
		return "umfrage-" + results.round().details().year() + "-ergebnisse.csv";
	}

	/**
	 * Takes the results into the draft as one import, together with what each cell rests on. Refused, with
	 * nothing applied, where the results are no longer those of the previewed file (a member submitted or was
	 * reopened meanwhile) or cannot be taken over at all.
	 * @return the import's number
	 * @throws SurveyRefusedException {@code survey.results.changed} or the results' {@link RoundResults#refusal()}
	 */
	@Transactional
	public long apply(long roundId, byte[] previewed, ImportedFigures upload, String user) {
		// the round's responses are locked, so that no answer is submitted or reopened between this check and
		// the cells stored
		this.jdbc.query("select id from survey_response where round_id = ? for update", (rs) -> {
		}, roundId);
		RoundResults results = of(roundId).orElseThrow(() -> new SurveyRefusedException(null, "survey.unknown"));
		if (results.refusal() != null) {
			throw new SurveyRefusedException(null, results.refusal());
		}
		if (!Arrays.equals(importFile(results), previewed)) {
			throw new SurveyRefusedException(null, "survey.results.changed");
		}
		long importId = this.imports.applyImport(upload, user);
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		long resultId = this.jdbc.queryForObject("""
				insert into survey_result (round_id, import_id, applied_by, applied_at) values (?, ?, ?, ?)
				returning id""", Long.class, roundId, importId, user, Timestamp.from(now));
		List<Object[]> rows = new ArrayList<>();
		Map<String, EarlierCell> kept = latest(earlier(roundId));
		for (QuestionResult question : results.questions()) {
			for (ResultCell cell : question.cells()) {
				if (question.heldBack() || cell.protection() == Protection.DIFFERENCE) {
					// the draft keeps the earlier cell, and so does the record of what it rests on
					EarlierCell before = kept.get(cell.metric() + "/" + cell.segment());
					if (before != null) {
						before.parts().forEach((member, part) -> rows.add(new Object[] { resultId, cell.metric(),
								cell.segment(), before.published(), member, part }));
					}
				}
				else {
					cell.parts().forEach((member, part) -> rows.add(new Object[] { resultId, cell.metric(),
							cell.segment(), cell.published(), member, part }));
				}
			}
		}
		this.jdbc.batchUpdate("""
				insert into survey_result_cell (result_id, metric_code, segment_code, published, member_id, part)
				values (?, ?, ?, ?, ?, ?)""", rows);
		return importId;
	}

	private RoundResults results(RoundEntry round) {
		int threshold = this.jdbc.queryForObject("select rating_threshold from survey_round where id = ?",
				Integer.class, round.id());
		Map<String, Map<Long, Map<String, BigDecimal>>> answers = new HashMap<>();
		this.jdbc.query("""
				select r.member_id, a.metric_code, a.segment_code, a.value
				from survey_response r
				join survey_invitation i on i.round_id = r.round_id and i.member_id = r.member_id
				join survey_answer a on a.response_id = r.id
				where r.round_id = ? and r.submitted_at is not null
				order by r.member_id""", (rs) -> {
			answers.computeIfAbsent(rs.getString(2), (metric) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getLong(1), (member) -> new HashMap<>())
				.put(rs.getString(3), rs.getBigDecimal(4));
		}, round.id());
		List<Map<String, EarlierCell>> earlier = earlier(round.id());
		List<QuestionResult> questions = new ArrayList<>();
		for (RoundEntry.Question question : round.questions()) {
			Optional<MetricInfo> metric = this.snapshots.metricInfo(question.metric());
			metric.ifPresent((info) -> questions.add(this.aggregation.aggregate(info, question.answerKind(),
					answers.getOrDefault(question.metric(), Map.of()), threshold, earlier)));
		}
		List<RoundResults.MemberName> waiting = members("""
				select m.id, m.short_name, m.name from survey_invitation i
				join member m on m.id = i.member_id
				left join survey_response r on r.round_id = i.round_id and r.member_id = i.member_id
				where i.round_id = ? and r.submitted_at is null
				order by lower(m.short_name)""", round.id());
		List<RoundResults.MemberName> reopened = members("""
				select m.id, m.short_name, m.name from survey_response r
				join member m on m.id = r.member_id
				where r.round_id = ? and r.submitted_at is null
				  and exists (select 1 from survey_answer_change c where c.response_id = r.id and c.action = 'reopen')
				order by lower(m.short_name)""", round.id());
		int submitted = this.jdbc.queryForObject("""
				select count(*) from survey_response r
				join survey_invitation i on i.round_id = r.round_id and i.member_id = r.member_id
				where r.round_id = ? and r.submitted_at is not null""", Integer.class, round.id());
		return new RoundResults(round, threshold, round.invitedMembers().size(), submitted, questions, waiting,
				reopened, earlier.size());
	}

	private List<RoundResults.MemberName> members(String sql, long roundId) {
		return this.jdbc.query(sql, (rs, row) -> new RoundResults.MemberName(rs.getLong(1), rs.getString(2),
				rs.getString(3)), roundId);
	}

	/** The cells of the round's results the draft took in and kept (not undone), oldest first. */
	private List<Map<String, EarlierCell>> earlier(long roundId) {
		Map<Long, Map<String, EarlierCell>> results = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.id, c.metric_code, c.segment_code, c.published, c.member_id, c.part
				from survey_result s
				join figure_import f on f.id = s.import_id and f.undone_at is null
				join survey_result_cell c on c.result_id = s.id
				where s.round_id = ?
				order by s.id""", (rs) -> {
			String metric = rs.getString(2);
			String segment = rs.getString(3);
			boolean published = rs.getBoolean(4);
			results.computeIfAbsent(rs.getLong(1), (id) -> new HashMap<>())
				.computeIfAbsent(metric + "/" + segment,
						(key) -> new EarlierCell(metric, segment, published, new HashMap<>()))
				.parts()
				.put(rs.getLong(5), rs.getBigDecimal(6));
		}, roundId);
		return new ArrayList<>(results.values());
	}

	/** Each cell as the latest result that had it left it. */
	private static Map<String, EarlierCell> latest(List<Map<String, EarlierCell>> earlier) {
		Map<String, EarlierCell> latest = new HashMap<>();
		earlier.forEach(latest::putAll);
		return latest;
	}

}
