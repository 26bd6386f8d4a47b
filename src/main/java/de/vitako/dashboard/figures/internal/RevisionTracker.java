package de.vitako.dashboard.figures.internal;

import de.vitako.dashboard.shared.DatabaseFailures;
import de.vitako.dashboard.shared.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How far the draft and the releases have come, as this instance knows it without touching the database: it learns
 * at once from its own writes ({@link #refresh()}, on every {@link FiguresChanged}), and from another instance's
 * within the poll interval. Polling also tells the application whether the database can be reached.
 */
@Component
public class RevisionTracker {

	private static final Logger log = LoggerFactory.getLogger(RevisionTracker.class);

	private final JdbcTemplate jdbc;

	private final DatabaseStatus database;

	private volatile long knownRevision = -1;

	private volatile int knownRelease = -1;

	RevisionTracker(JdbcTemplate jdbc, DatabaseStatus database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/**
	 * The number of the latest release this instance knows of: at most one poll interval behind another
	 * instance's publication, and never behind this instance's own.
	 */
	public int knownRelease() {
		if (this.knownRelease < 0) {
			refresh();
		}
		return this.knownRelease;
	}

	/** The draft's change counter as this instance knows it, like {@link #knownRelease()}. */
	public long knownRevision() {
		return this.knownRevision;
	}

	/** Notes that the draft has come at least as far as {@code revision} (a draft was read at it). */
	public synchronized void atLeast(long revision) {
		this.knownRevision = Math.max(this.knownRevision, revision);
	}

	/**
	 * Re-reads the draft's change counter and the latest release's number, so that the next read shows a change
	 * made by this instance. Reading and storing happen under one lock: otherwise a poll that read before a write
	 * could store what it read after the writer's refresh, and caches keyed on it would serve what was before.
	 */
	public synchronized void refresh() {
		Counters counters = counters();
		this.knownRevision = counters.revision();
		this.knownRelease = counters.release();
	}

	/** The draft's change counter and the latest release's number, as stored now. */
	public Counters counters() {
		return this.jdbc.queryForObject("""
				select revision, (select coalesce(max(number), 0) from release where status = 'published')
				from data_revision where id = 1""", (rs, row) -> new Counters(rs.getLong(1), rs.getInt(2)));
	}

	/** The draft's change counter as stored now, with the time of the change. */
	public DataRevision currentRevision() {
		return this.jdbc.queryForObject("select revision, changed_at from data_revision where id = 1",
				(rs, row) -> new DataRevision(rs.getLong(1), rs.getTimestamp(2).toInstant()));
	}

	@TransactionalEventListener
	void figuresChanged(FiguresChanged event) {
		refresh();
	}

	@Scheduled(fixedDelayString = "${vitako.cache.poll-interval:500ms}")
	void pollRevision() {
		try {
			refresh();
			this.database.reached();
		}
		catch (DataAccessException ex) {
			// a pool that is merely busy is no outage: only a failed connection to the server counts
			if (DatabaseFailures.serverUnreachable(ex)) {
				this.database.unreachable(ex);
			}
			log.debug("Cannot read the data revision: {}", ex.getMessage());
		}
	}

	/** How far the draft and the releases have come. */
	public record Counters(long revision, int release) {
	}

}
