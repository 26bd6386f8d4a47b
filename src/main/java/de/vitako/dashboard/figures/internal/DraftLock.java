package de.vitako.dashboard.figures.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft's one lock. Every write to the draft (figures, catalogue, tiles, sources, imports) takes it first, so
 * the draft has one writer at a time: what a write reads is what is committed, and no write fails at its end
 * because another came in between (a small team's edits take milliseconds, so nobody waits long). The lock is the
 * row of the draft's change counter, which every such write moves anyway; a publication reads it {@code for share}
 * and so waits for the write in progress.
 */
@Component
public class DraftLock {

	private final JdbcTemplate jdbc;

	DraftLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the draft until the calling transaction ends.
	 * @return the draft's change counter as committed when the lock was granted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long lock() {
		return this.jdbc.queryForObject("select revision from data_revision where id = 1 for update", Long.class);
	}

}
