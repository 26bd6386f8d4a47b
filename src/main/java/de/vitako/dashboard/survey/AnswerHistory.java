package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only history of the questionnaires: each answer's change (old → new) and each submission and
 * reopening, with who did it, when, and through what. The database refuses to change or delete a line.
 */
@Component
class AnswerHistory {

	private final JdbcTemplate jdbc;

	AnswerHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An answer changed; {@code null} stands for an empty field. */
	void answered(long response, AnswerKey key, Answer before, Answer after, String source, String by, Instant at) {
		this.jdbc.update("""
				insert into survey_answer_change (response_id, action, metric_code, segment_code, old_state, old_value,
				                                  new_state, new_value, note, source, changed_by, changed_at)
				values (?, 'answer', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", response, key.metric(), key.segment(),
				state(before), value(before), state(after), value(after), (after != null) ? after.note() : null,
				source, by, Timestamp.from(at));
	}

	/** The questionnaire was submitted ({@code submit}) or reopened by staff ({@code reopen}). */
	void event(long response, String action, String source, String by, Instant at) {
		this.jdbc.update("""
				insert into survey_answer_change (response_id, action, source, changed_by, changed_at)
				values (?, ?, ?, ?, ?)""", response, action, source, by, Timestamp.from(at));
	}

	/** The questionnaire's history, the latest first. */
	List<AnswerChange> of(long response) {
		return this.jdbc.query("""
				select action, metric_code, segment_code, old_state, old_value, new_state, new_value, note, source,
				       changed_by, changed_at
				from survey_answer_change where response_id = ? order by id desc""",
				(rs, row) -> new AnswerChange(rs.getString(1),
						(rs.getString(2) != null) ? new AnswerKey(rs.getString(2), rs.getString(3)) : null,
						answer(rs.getString(4), rs.getBigDecimal(5), null),
						answer(rs.getString(6), rs.getBigDecimal(7), rs.getString(8)), rs.getString(9),
						rs.getString(10), rs.getTimestamp(11).toInstant()),
				response);
	}

	private static Answer answer(String state, BigDecimal value, String note) {
		if (state == null || state.equals("empty")) {
			return null;
		}
		return new Answer(value, note, false);
	}

	private static String state(Answer answer) {
		return (answer != null) ? answer.state() : "empty";
	}

	private static BigDecimal value(Answer answer) {
		return (answer != null) ? answer.value() : null;
	}

}
