package de.vitako.dashboard.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.figures.internal.CatalogueReader;
import de.vitako.dashboard.figures.internal.DataRevision;
import de.vitako.dashboard.figures.internal.Figure;
import de.vitako.dashboard.figures.internal.Figures;
import de.vitako.dashboard.figures.internal.Metric;
import de.vitako.dashboard.figures.internal.Metrics;
import de.vitako.dashboard.figures.internal.RevisionTracker;
import de.vitako.dashboard.shared.Preview;
import de.vitako.dashboard.shared.ReleaseCaching;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serves the figures as immutable {@link FigureSnapshot}s: the latest release (what the public sees), any named
 * release, and the draft (what the team works on), with the draft's metric catalogue. The draft is reloaded once
 * per change; while the database is unreachable, the snapshots loaded last are served. Which release is the
 * latest and how far the draft has come, {@link RevisionTracker} knows.
 */
@Service
public class FigureSnapshots {

	private static final Logger log = LoggerFactory.getLogger(FigureSnapshots.class);

	private final Metrics metrics;

	private final Figures figures;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readTransaction;

	private final RevisionTracker revisions;

	private final PublishedReleases releases;

	private volatile FigureSnapshot draft;

	private volatile FigureSnapshot latest;

	/** The draft's catalogue: its metrics that are not retired, and every metric ever created, by code. */
	private volatile Catalogue catalogue;

	FigureSnapshots(Metrics metrics, Figures figures, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			RevisionTracker revisions, PublishedReleases releases) {
		this.metrics = metrics;
		this.figures = figures;
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.releases = releases;
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.readTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The figures of the latest release. While the database is unreachable, the release loaded last is served.
	 */
	public FigureSnapshot snapshot() {
		FigureSnapshot current = this.latest;
		if (current != null && current.revision() >= knownRelease()) {
			return current;
		}
		try {
			FigureSnapshot loaded = this.releases.release(knownRelease()).orElseThrow();
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

	/**
	 * The figures a request is shown, decided here and nowhere else: the draft in the preview (under
	 * {@code /admin/preview}), else the release its {@code ?release=n} names, else the latest. A handler method
	 * gets them as a {@link FigureSnapshot} parameter ({@code SnapshotArgumentResolver}).
	 * @throws UnknownReleaseException if {@code ?release=} names no published release
	 */
	public FigureSnapshot shown(HttpServletRequest request) {
		return Preview.of(request) ? draft() : snapshot(request.getParameter(ReleaseCaching.PARAMETER));
	}

	/** Like {@link #snapshot(String)}, empty if {@code requested} names no published release. */
	public Optional<FigureSnapshot> findSnapshot(String requested) {
		if (requested == null) {
			return Optional.of(snapshot());
		}
		String number = requested.strip();
		return number.matches("\\d{1,9}") ? this.releases.release(Integer.parseInt(number)) : Optional.empty();
	}

	/** The figures as they stand in the draft, which the team edits and publishes as the next release. */
	public FigureSnapshot draft() {
		FigureSnapshot current = this.draft;
		if (current != null && current.revision() >= this.revisions.knownRevision()) {
			return current;
		}
		return reloadDraft(current);
	}

	/** A metric of the latest release, with its figures. */
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
		return this.revisions.knownRelease();
	}

	/** The draft's change counter as this instance knows it, like {@link #knownRelease()}. */
	public long knownRevision() {
		return this.revisions.knownRevision();
	}

	/** Re-reads how far the draft and the releases have come, so that the next read shows a change just made. */
	public void refresh() {
		this.revisions.refresh();
	}

	private synchronized FigureSnapshot reloadDraft(FigureSnapshot stale) {
		FigureSnapshot current = this.draft;
		if (current != null && current != stale && current.revision() >= this.revisions.knownRevision()) {
			return current;
		}
		try {
			FigureSnapshot loaded = this.readTransaction.execute((status) -> loadDraft());
			this.draft = loaded;
			this.revisions.atLeast(loaded.revision());
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
		DataRevision revision = this.revisions.currentRevision();
		List<Metric> metrics = this.metrics.findAllByOrderByPosition();
		Map<String, MetricInfo> everything = new HashMap<>();
		metrics.forEach((m) -> everything.put(m.code(), m.toInfoWithRetired()));
		List<MetricInfo> active = metrics.stream().filter((m) -> !m.retired()).map(Metric::toInfo).toList();
		this.catalogue = new Catalogue(active, Map.copyOf(everything));
		List<FigureValue> values = this.figures.findAllByOrderById().stream().map(Figure::toValue).toList();
		return new FigureSnapshot(revision.revision(), revision.changedAt(), MetricData.byMetric(values, active),
				null, CatalogueReader.draftHeadlines(this.jdbc), CatalogueReader.draftSources(this.jdbc));
	}

	/** The draft's catalogue: what the next release publishes, and every metric ever created. */
	private record Catalogue(List<MetricInfo> active, Map<String, MetricInfo> everything) {
	}

}
