package de.vitako.dashboard.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * Reads the catalogue and the figures: the latest release (what the public sees), any named release, and the
 * draft (what the team works on). Each is an immutable {@link FigureSnapshot}. A release never changes, so its
 * snapshot is loaded once. The draft is reloaded once per change. Which release is the latest, and how far the
 * draft has come, each instance learns at once from its own writes ({@link #refresh()}), and from another
 * instance's within the poll interval.
 */
@Service
public class FigureCatalog {

	private static final Logger log = LoggerFactory.getLogger(FigureCatalog.class);

	private static final String RELEASE = """
			select number, published_at, scheduled_for, created_by, notes_de, notes_en from release
			where status = 'published'""";

	private final Metrics metrics;

	private final Figures figures;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readTransaction;

	private final DatabaseStatus database;

	private final Cache<Integer, FigureSnapshot> releases = Caffeine.newBuilder().maximumSize(16).build();

	private final Map<Integer, Integer> changeCounts = new ConcurrentHashMap<>();

	private final Cache<Integer, List<MetricInfo>> releaseCatalogues = Caffeine.newBuilder().maximumSize(64).build();

	private volatile FigureSnapshot draft;

	private volatile FigureSnapshot latest;

	private volatile long knownRevision = -1;

	private volatile int knownRelease = -1;

	/** The draft's catalogue: its metrics that are not retired, and every metric ever created, by code. */
	private volatile Catalogue catalogue;

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
	 * The figures of the latest release. While the database is unreachable, the release loaded last is served.
	 */
	public FigureSnapshot snapshot() {
		FigureSnapshot current = this.latest;
		if (current != null && current.revision() >= this.knownRelease) {
			return current;
		}
		try {
			if (this.knownRelease < 0) {
				refresh();
			}
			FigureSnapshot loaded = release(this.knownRelease).orElseThrow();
			this.latest = loaded;
			return loaded;
		}
		catch (DataAccessException ex) {
			if (current == null) {
				throw ex;
			}
			log.debug("Serving release {}: cannot load a later one: {}", current.revision(), ex.getMessage());
			return current;
		}
	}

	/**
	 * The release a request asks for with {@code ?release=n}: the latest when {@code requested} is {@code null},
	 * else release {@code n}.
	 * @throws UnknownReleaseException if {@code requested} names no published release
	 */
	public FigureSnapshot snapshot(String requested) {
		return findSnapshot(requested).orElseThrow(() -> new UnknownReleaseException(requested));
	}

	/** Like {@link #snapshot(String)}, empty if {@code requested} names no published release. */
	public Optional<FigureSnapshot> findSnapshot(String requested) {
		if (requested == null) {
			return Optional.of(snapshot());
		}
		String number = requested.strip();
		return number.matches("\\d{1,9}") ? release(Integer.parseInt(number)) : Optional.empty();
	}

	/** The figures as published in release {@code number}; empty if no such release has been published. */
	public Optional<FigureSnapshot> release(int number) {
		// a number beyond the latest known costs no query, however many a client tries
		if (number < 1 || number > knownRelease()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.releases.get(number,
				(n) -> this.readTransaction.execute((status) -> loadRelease(n).orElse(null))));
	}

	/**
	 * The catalogue release {@code number} published, without its figures: cheap to ask for however many figures
	 * the release holds. Empty if no such release has been published.
	 */
	public Optional<List<MetricInfo>> catalogueOf(int number) {
		if (number < 1 || number > knownRelease()) {
			return Optional.empty();
		}
		// a release loaded already (the latest always is) answers without the database, even while it is away
		FigureSnapshot loaded = this.releases.getIfPresent(number);
		if (loaded != null) {
			return Optional.of(loaded.metrics().stream().map(MetricData::metric).toList());
		}
		return Optional.ofNullable(this.releaseCatalogues.get(number, (n) -> this.readTransaction.execute((status) -> {
			List<Long> id = this.jdbc.queryForList("select id from release where number = ? and status = 'published'",
					Long.class, n);
			return id.isEmpty() ? null : CatalogueReader.release(this.jdbc, id.get(0));
		})));
	}

	/**
	 * What release {@code number} changed against the one before it (for release 1: every figure, added), in the
	 * catalogue's order.
	 */
	public Optional<List<FigureDiff>> changesIn(int number) {
		return release(number).map((after) -> {
			Map<String, FigureValue> before = new HashMap<>();
			release(number - 1).ifPresent((previous) -> previous.metrics()
				.forEach((m) -> m.figures().forEach((f) -> before.put(key(f), f))));
			List<FigureDiff> changes = new ArrayList<>();
			for (MetricData metric : after.metrics()) {
				for (FigureValue figure : metric.figures()) {
					FigureValue old = before.remove(key(figure));
					if (old == null || !old.content().sameAs(figure.content())) {
						changes.add(new FigureDiff(figure.metric(), figure.segment(), figure.year(),
								(old != null) ? old.content() : null, figure.content(), null));
					}
				}
			}
			before.values()
				.forEach((old) -> changes.add(
						new FigureDiff(old.metric(), old.segment(), old.year(), old.content(), null, null)));
			return changes;
		});
	}

	/**
	 * How many figures release {@code number} added, corrected or removed. Releases never change, so each count is
	 * worked out once: the release list and the API do not compare every release on every request.
	 */
	public int changeCount(int number) {
		Integer known = this.changeCounts.get(number);
		if (known != null) {
			return known;
		}
		Optional<Integer> counted = changesIn(number).map(List::size);
		counted.ifPresent((count) -> this.changeCounts.put(number, count));
		return counted.orElse(0);
	}

	private static String key(FigureValue figure) {
		return figure.metric() + "/" + figure.segment() + "/" + figure.year();
	}

	/** Every published release, the latest first. */
	public List<Release> releases() {
		return this.jdbc.query(RELEASE + " order by number desc", FigureCatalog::release);
	}

	/** The figures as they stand in the draft, which the team edits and publishes as the next release. */
	public FigureSnapshot draft() {
		FigureSnapshot current = this.draft;
		if (current != null && current.revision() >= this.knownRevision) {
			return current;
		}
		return reloadDraft(current);
	}

	public Optional<MetricData> metric(String code) {
		return snapshot().metric(code);
	}

	/**
	 * The draft's metric catalogue in its order, without figures: what the team edits and the next release
	 * publishes. Retired metrics and segments are not in it.
	 */
	public List<MetricInfo> metrics() {
		draft();
		return this.catalogue.active();
	}

	/** A metric of the draft's catalogue; empty for an unknown or retired one. */
	public Optional<MetricInfo> metricInfo(String code) {
		return metrics().stream().filter((m) -> m.code().equals(code)).findFirst();
	}

	/**
	 * A metric as it was created, retired or not, with every segment it ever had: for labels in the history and in
	 * the changes of a release.
	 */
	public Optional<MetricInfo> anyMetricInfo(String code) {
		return Optional.ofNullable(everyMetric().get(code));
	}

	/** Every metric ever created, retired or not, with every segment it ever had, by code. */
	public Map<String, MetricInfo> everyMetric() {
		draft();
		return this.catalogue.everything();
	}

	/**
	 * The number of the latest release this instance knows of, without touching the database: at most one poll
	 * interval behind another instance's publication, and never behind this instance's own.
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
	Counters counters() {
		return this.jdbc.queryForObject("""
				select revision, (select coalesce(max(number), 0) from release where status = 'published')
				from data_revision where id = 1""", (rs, row) -> new Counters(rs.getLong(1), rs.getInt(2)));
	}

	/** The draft's change counter as stored now. */
	private DataRevision currentRevision() {
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

	private synchronized FigureSnapshot reloadDraft(FigureSnapshot stale) {
		FigureSnapshot current = this.draft;
		if (current != null && current != stale && current.revision() >= this.knownRevision) {
			return current;
		}
		try {
			FigureSnapshot loaded = this.readTransaction.execute((status) -> loadDraft());
			this.draft = loaded;
			this.knownRevision = Math.max(this.knownRevision, loaded.revision());
			return loaded;
		}
		catch (DataAccessException ex) {
			if (current == null) {
				throw ex;
			}
			log.debug("Serving the draft of revision {}: cannot reload it: {}", current.revision(), ex.getMessage());
			return current;
		}
	}

	private FigureSnapshot loadDraft() {
		DataRevision revision = currentRevision();
		List<Metric> metrics = this.metrics.findAllByOrderByPosition();
		Map<String, MetricInfo> everything = new HashMap<>();
		metrics.forEach((m) -> everything.put(m.code(), m.toInfoWithRetired()));
		List<MetricInfo> active = metrics.stream().filter((m) -> !m.retired()).map(Metric::toInfo).toList();
		this.catalogue = new Catalogue(active, Map.copyOf(everything));
		List<FigureValue> values = this.figures.findAllByOrderById().stream().map(Figure::toValue).toList();
		return new FigureSnapshot(revision.revision(), revision.changedAt(), byMetric(values, active), null,
				CatalogueReader.draftHeadlines(this.jdbc), CatalogueReader.draftSources(this.jdbc));
	}

	private Optional<FigureSnapshot> loadRelease(int number) {
		Optional<Release> release = this.jdbc.query(RELEASE + " and number = ?", FigureCatalog::release, number)
			.stream()
			.findFirst();
		return release.map((published) -> {
			List<FigureValue> values = new ArrayList<>();
			this.jdbc.query("""
					select f.metric_code, f.segment_code, f.year, f.value, f.source_title, f.source_page, f.note,
					       first.published_at, changed.published_at, f.changed_release
					from release_figure f
					join release r on r.id = f.release_id
					join release first on first.number = f.first_release
					join release changed on changed.number = f.changed_release
					where r.number = ?
					order by f.metric_code, f.year, f.segment_code""", (ResultSet rs) -> {
				values.add(new FigureValue(values.size() + 1, rs.getString(1), rs.getString(2), rs.getInt(3),
						Decimals.normalise(rs.getBigDecimal(4)), rs.getString(5), rs.getObject(6, Integer.class),
						rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(), 0,
						rs.getInt(10)));
			}, number);
			Long id = this.jdbc.queryForObject("select id from release where number = ?", Long.class, number);
			return new FigureSnapshot(number, published.publishedAt(),
					byMetric(values, CatalogueReader.release(this.jdbc, id)), published,
					CatalogueReader.releaseHeadlines(this.jdbc, id), CatalogueReader.releaseSources(this.jdbc, id));
		});
	}

	/** The figures of each metric of the catalogue, in its order; figures of a retired segment are left out. */
	private static List<MetricData> byMetric(List<FigureValue> values, List<MetricInfo> catalogue) {
		Map<String, List<FigureValue>> grouped = values.stream()
			.collect(Collectors.groupingBy(FigureValue::metric, Collectors.toList()));
		return catalogue.stream()
			.map((m) -> new MetricData(m, grouped.getOrDefault(m.code(), List.of())
				.stream()
				.filter((f) -> m.segment(f.segment()).isPresent())
				.toList()))
			.toList();
	}

	/** The draft's catalogue: what the next release publishes, and every metric ever created. */
	private record Catalogue(List<MetricInfo> active, Map<String, MetricInfo> everything) {
	}

	/** How far the draft and the releases have come. */
	record Counters(long revision, int release) {
	}

	private static Release release(ResultSet rs, int row) throws SQLException {
		return new Release(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
				rs.getString(4), new LocalizedText(rs.getString(5), rs.getString(6)));
	}

}
