package de.vitako.dashboard.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.internal.CatalogueReader;
import de.vitako.dashboard.figures.internal.RevisionTracker;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published releases: the list, and each release's figures and catalogue. A release never changes, so each is
 * read once (the sixteen asked for last are kept) and a number beyond the latest costs no query, however many a
 * client tries. Releases are written in bulk by the publisher and read here with SQL, in one read.
 */
@Service
public class PublishedReleases {

	private static final String RELEASE = """
			select number, published_at, scheduled_for, created_by, notes_de, notes_en from release
			where status = 'published'""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readTransaction;

	private final RevisionTracker revisions;

	private final Cache<Integer, FigureSnapshot> releases = Caffeine.newBuilder().maximumSize(16).build();

	private final Cache<Integer, List<MetricInfo>> catalogues = Caffeine.newBuilder().maximumSize(64).build();

	PublishedReleases(JdbcTemplate jdbc, PlatformTransactionManager transactions, RevisionTracker revisions) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.readTransaction = new TransactionTemplate(transactions);
		this.readTransaction.setReadOnly(true);
		this.readTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Every published release, the latest first. */
	public List<Release> releases() {
		return this.jdbc.query(RELEASE + " order by number desc", PublishedReleases::release);
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
		return Optional.ofNullable(this.catalogues.get(number, (n) -> this.readTransaction.execute((status) -> {
			List<Long> id = this.jdbc.queryForList("select id from release where number = ? and status = 'published'",
					Long.class, n);
			return id.isEmpty() ? null : CatalogueReader.release(this.jdbc, id.get(0));
		})));
	}

	private Optional<FigureSnapshot> load(int number) {
		Optional<Release> release = this.jdbc.query(RELEASE + " and number = ?", PublishedReleases::release, number)
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
					MetricData.byMetric(values, CatalogueReader.release(this.jdbc, id)), published,
					CatalogueReader.releaseHeadlines(this.jdbc, id), CatalogueReader.releaseSources(this.jdbc, id));
		});
	}

	private static Release release(ResultSet rs, int row) throws SQLException {
		return new Release(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
				rs.getString(4), new LocalizedText(rs.getString(5), rs.getString(6)));
	}

}
