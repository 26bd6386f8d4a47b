package de.vitako.dashboard.figures;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.internal.CatalogueReader;
import de.vitako.dashboard.figures.internal.ReleaseMetrics;
import de.vitako.dashboard.figures.internal.RevisionTracker;
import de.vitako.dashboard.figures.internal.StoredRelease;
import de.vitako.dashboard.figures.internal.StoredReleases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published releases: the list, and each release's figures and catalogue. A release never changes, so each is
 * read once (the sixteen asked for last are kept) and a number beyond the latest costs no query, however many a
 * client tries. A release and its catalogue are read through their entities; its figures, up to a million rows,
 * with SQL.
 */
@Service
public class PublishedReleases {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readTransaction;

	private final RevisionTracker revisions;

	private final Cache<Integer, FigureSnapshot> releases = Caffeine.newBuilder().maximumSize(16).build();

	private final Cache<Integer, List<MetricInfo>> catalogues = Caffeine.newBuilder().maximumSize(64).build();

	private final StoredReleases stored;

	private final ReleaseMetrics catalogue;

	PublishedReleases(JdbcTemplate jdbc, PlatformTransactionManager transactions, RevisionTracker revisions,
			StoredReleases stored, ReleaseMetrics catalogue) {
		this.jdbc = jdbc;
		this.stored = stored;
		this.catalogue = catalogue;
		this.revisions = revisions;
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.readTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Every published release, the latest first. */
	public List<Release> releases() {
		return this.readTransaction.execute((status) -> this.stored.published()
			.stream()
			.map(StoredRelease::toRelease)
			.toList());
	}

	/** The release that waits for its time, as the public calendar announces it; empty if none does. */
	public Optional<AnnouncedRelease> announced() {
		return this.readTransaction.execute((status) -> this.stored.scheduled()
			.map((release) -> new AnnouncedRelease(release.id(), release.scheduledFor(), release.createdAt())));
	}

	/** The figures as published in release {@code number}; empty if no such release has been published. */
	public Optional<FigureSnapshot> release(int number) {
		if (number < 1 || number > this.revisions.knownRelease()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.releases.get(number,
				(n) -> this.readTransaction.execute((status) -> load(n).orElse(null))));
	}

	/**
	 * The catalogue release {@code number} published, without its figures: cheap to ask for however many figures
	 * the release holds. Empty if no such release has been published.
	 */
	public Optional<List<MetricInfo>> catalogueOf(int number) {
		if (number < 1 || number > this.revisions.knownRelease()) {
			return Optional.empty();
		}
		// a release loaded already (the latest always is) answers without the database, even while it is away
		FigureSnapshot loaded = this.releases.getIfPresent(number);
		if (loaded != null) {
			return Optional.of(loaded.metrics().stream().map(MetricData::metric).toList());
		}
		return Optional.ofNullable(this.catalogues.get(number, (n) -> this.readTransaction
			.execute((status) -> this.stored.published(n).map((release) -> this.catalogue.catalogue(release.id()))
				.orElse(null))));
	}

	private Optional<FigureSnapshot> load(int number) {
		return this.stored.published(number).map((stored) -> {
			List<FigureValue> values = new ArrayList<>();
			this.jdbc.query("""
					select f.metric_code, f.segment_code, f.year, f.value, f.source_title, f.source_page, f.note,
					       first.published_at, changed.published_at, f.changed_release, f.status, f.note_en,
					       f.respondents, f.invited
					from release_figure f
					join release r on r.id = f.release_id
					join release first on first.number = f.first_release
					join release changed on changed.number = f.changed_release
					where r.number = ?
					order by f.metric_code, f.year, f.segment_code""", (ResultSet rs) -> {
				values.add(new FigureValue(values.size() + 1, rs.getString(1), rs.getString(2), rs.getInt(3),
						Decimals.normalise(rs.getBigDecimal(4)), rs.getString(5), rs.getObject(6, Integer.class),
						rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(), 0,
						rs.getInt(10), FigureStatus.fromCode(rs.getString(11)), rs.getString(12),
						FigureBasis.of(rs.getObject(13, Integer.class), rs.getObject(14, Integer.class))));
			}, number);
			Release published = stored.toRelease();
			return new FigureSnapshot(number, published.publishedAt(),
					MetricData.byMetric(values, this.catalogue.catalogue(stored.id())), published,
					CatalogueReader.releaseHeadlines(this.jdbc, stored.id()),
					CatalogueReader.releaseSources(this.jdbc, stored.id()));
		});
	}

}
