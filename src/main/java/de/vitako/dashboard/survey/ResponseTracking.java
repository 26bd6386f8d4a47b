package de.vitako.dashboard.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.mail.Outbox;
import de.vitako.dashboard.survey.RoundProgress.QuestionRate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's view of a round's responses: who was invited, opened, saved, submitted, was reminded or could not be
 * reached, and how many answered each question. Aggregates over rows, so read with SQL.
 */
@Service
public class ResponseTracking {

	/** The mails whose failure means a member's contact is unreachable for the survey. */
	static final Set<String> SURVEY_MAILS = Set.of("round", "round_new", "reminder", "reminder_new");

	private final SurveyPlanner planner;

	private final FigureSnapshots snapshots;

	private final Outbox outbox;

	private final JdbcTemplate jdbc;

	ResponseTracking(SurveyPlanner planner, FigureSnapshots snapshots, Outbox outbox, JdbcTemplate jdbc) {
		this.planner = planner;
		this.snapshots = snapshots;
		this.outbox = outbox;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<RoundProgress> of(long roundId) {
		return this.planner.get(roundId).map(this::progress);
	}

	private RoundProgress progress(RoundEntry round) {
		Set<String> unreachable = this.outbox.unreachable(SURVEY_MAILS);
		Map<Long, List<String>> emails = this.jdbc.query("""
				select c.member_id, lower(c.email) from member_contact c
				join survey_invitation i on i.member_id = c.member_id and i.round_id = ?
				where c.removed_at is null""", (rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)), round.id())
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<MemberProgress> members = this.jdbc.query("""
				select m.id, m.short_name, m.name, i.mailed_at, r.created_at, r.saved_at, r.submitted_at,
				       (select count(*) from survey_reminder s where s.round_id = i.round_id and s.member_id = m.id),
				       (select max(sent_at) from survey_reminder s where s.round_id = i.round_id and s.member_id = m.id)
				from survey_invitation i
				join member m on m.id = i.member_id
				left join survey_response r on r.round_id = i.round_id and r.member_id = i.member_id
				where i.round_id = ?
				order by lower(m.short_name)""", (rs, row) -> new MemberProgress(rs.getLong(1), rs.getString(2),
				rs.getString(3), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
				instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getInt(8), instant(rs.getTimestamp(9)),
				emails.getOrDefault(rs.getLong(1), List.of()).stream().anyMatch(unreachable::contains)),
				round.id());
		// per submitted questionnaire and question: a value for some segment, or "keine Angabe" throughout
		Map<String, int[]> counts = this.jdbc.query("""
				select metric_code, count(*) filter (where valued), count(*) filter (where not valued)
				from (select r.member_id, a.metric_code, bool_or(a.value is not null) as valued
				      from survey_response r
				      join survey_invitation i on i.round_id = r.round_id and i.member_id = r.member_id
				      join survey_answer a on a.response_id = r.id
				      where r.round_id = ? and r.submitted_at is not null
				      group by r.member_id, a.metric_code) as per_member
				group by metric_code""", (rs, row) -> Map.entry(rs.getString(1),
				new int[] { rs.getInt(2), rs.getInt(3) }), round.id())
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<QuestionRate> questions = new ArrayList<>();
		for (RoundEntry.Question question : round.questions()) {
			LocalizedText label = this.snapshots.anyMetricInfo(question.metric())
				.map((metric) -> metric.label())
				.orElse(new LocalizedText(question.metric(), question.metric()));
			int[] count = counts.getOrDefault(question.metric(), new int[2]);
			questions.add(new QuestionRate(questions.size() + 1, question.metric(), label, count[0], count[1],
					members.size()));
		}
		return new RoundProgress(round, members, questions);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
