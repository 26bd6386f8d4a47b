package de.vitako.dashboard.figures.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import de.vitako.dashboard.figures.internal.FiguresChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's history: who changed which metric, segment or tile, when and how; append-only. Recording a
 * change also tells this instance that the draft changed.
 */
@Service
public class CatalogueHistory {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogueHistory(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The catalogue's history, the latest first. */
	@Transactional(readOnly = true)
	public List<CatalogueChange> latest(String metric, int limit) {
		return this.jdbc.query("""
				select metric_code, segment_code, action, summary, changed_by, changed_at from catalogue_change
				where (?::varchar is null or metric_code = ?) order by changed_at desc, id desc limit ?""",
				(rs, row) -> new CatalogueChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant()),
				metric, metric, limit);
	}

	/** Records a change in the calling transaction, its summary cut to the column's 4,000 characters. */
	void record(String metric, String segment, String action, String summary, String user) {
		this.jdbc.update("""
				insert into catalogue_change (metric_code, segment_code, action, summary, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)""", metric, segment, action,
				summary.length() > 4000 ? summary.substring(0, 4000) : summary, user,
				Timestamp.from(this.clock.instant()));
		this.events.publishEvent(new FiguresChanged());
	}

}
