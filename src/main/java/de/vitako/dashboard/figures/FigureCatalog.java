package de.vitako.dashboard.figures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.vitako.dashboard.shared.DatabaseFailures;
import de.vitako.dashboard.shared.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the catalogue and the figures. Pages and the API read from an immutable {@link FigureSnapshot} that is
 * loaded once per data change: a write on this instance refreshes it at once ({@link #refresh()}), a write on
 * another instance within the poll interval, because every write bumps the data's change counter.
 */
@Service
public class FigureCatalog {

	private static final Logger log = LoggerFactory.getLogger(FigureCatalog.class);

	private final Metrics metrics;

	private final Figures figures;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readTransaction;

	private volatile FigureSnapshot snapshot;

	private volatile long knownRevision = -1;

	private volatile List<MetricInfo> catalogue;

	private final DatabaseStatus database;

	FigureCatalog(Metrics metrics, Figures figures, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			DatabaseStatus database) {
		this.database = database;
		this.metrics = metrics;
		this.figures = figures;
		this.jdbc = jdbc;
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.readTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The figures as of the latest known revision. While the database is unreachable, the last snapshot loaded
	 * is served.
	 */
	public FigureSnapshot snapshot() {
		FigureSnapshot current = this.snapshot;
		if (current != null && current.revision() >= this.knownRevision) {
			return current;
		}
		return reload(current);
	}

	public Optional<MetricData> metric(String code) {
		return snapshot().metric(code);
	}

	/**
	 * The metric catalogue in the brochure's order, without figures. It changes only by migration, so it is read
	 * once.
	 */
	public List<MetricInfo> metrics() {
		List<MetricInfo> loaded = this.catalogue;
		if (loaded == null) {
			loaded = this.readTransaction
				.execute((status) -> this.metrics.findAllByOrderByPosition().stream().map(Metric::toInfo).toList());
			this.catalogue = loaded;
		}
		return loaded;
	}

	public Optional<MetricInfo> metricInfo(String code) {
		return metrics().stream().filter((m) -> m.code().equals(code)).findFirst();
	}

	/**
	 * The latest revision this instance knows of, without touching the database or loading figures: at most one
	 * poll interval behind another instance's write, and never behind this instance's own.
	 */
	public long knownRevision() {
		return this.knownRevision;
	}

	/**
	 * Re-reads the change counter, so that the next {@link #snapshot()} shows a change made by this instance.
	 * Reading and storing happen under one lock: otherwise a poll that read the counter before a write could store
	 * its older value after the writer's refresh, and caches keyed on it would serve the figures before the write.
	 */
	public synchronized void refresh() {
		this.knownRevision = currentRevision().revision();
	}

	/** The change counter as stored now. */
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

	private synchronized FigureSnapshot reload(FigureSnapshot stale) {
		FigureSnapshot current = this.snapshot;
		if (current != null && current != stale && current.revision() >= this.knownRevision) {
			return current;
		}
		try {
			FigureSnapshot loaded = this.readTransaction.execute((status) -> load());
			this.snapshot = loaded;
			this.knownRevision = Math.max(this.knownRevision, loaded.revision());
			return loaded;
		}
		catch (DataAccessException ex) {
			if (current == null) {
				throw ex;
			}
			log.debug("Serving figures of revision {}: cannot reload them: {}", current.revision(), ex.getMessage());
			return current;
		}
	}

	private FigureSnapshot load() {
		DataRevision revision = currentRevision();
		Map<String, List<FigureValue>> byMetric = this.figures.findAllByOrderById()
			.stream()
			.map(Figure::toValue)
			.collect(Collectors.groupingBy(FigureValue::metric));
		List<MetricData> data = metrics().stream()
			.map((m) -> new MetricData(m, byMetric.getOrDefault(m.code(), List.of())))
			.toList();
		return new FigureSnapshot(revision.revision(), revision.changedAt(), data);
	}

}
