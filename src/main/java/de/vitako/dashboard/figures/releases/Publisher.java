package de.vitako.dashboard.figures.releases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.Decimals;
import de.vitako.dashboard.figures.FigureBasis;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureDiff;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.catalogue.CatalogueDiff;
import de.vitako.dashboard.figures.draft.DraftDiff;
import de.vitako.dashboard.figures.internal.CatalogueReader;
import de.vitako.dashboard.figures.internal.FiguresChanged;
import de.vitako.dashboard.figures.internal.Metrics;
import de.vitako.dashboard.figures.internal.ReleaseMetrics;
import de.vitako.dashboard.figures.internal.StoredRelease;
import de.vitako.dashboard.figures.internal.StoredReleases;
import de.vitako.dashboard.shared.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the draft as the next release, now or at a chosen time, and cancels a schedule.
 * <p>
 * A publication freezes the draft into release rows, and a release goes out by one status change in one
 * transaction, so every reader sees all of it or none. Every publication, schedule, cancellation and scheduled
 * release going out holds one PostgreSQL advisory lock for its transaction, so they happen one after the other
 * across instances; the draft's change counter is read {@code for share}, so no edit slips in between the review
 * and the copy. A due schedule is published by whichever instance checks first (every 250 ms), exactly once: the
 * others find it published, or find the lock taken and check again. The schedule lives in the database, so it
 * survives restarts, and a release that was due while every instance was down goes out at the next start, with
 * its actual time.
 * <p>
 * Over 300 lines, for a reason: publishing, scheduling, cancelling and the scheduled release going out share one
 * lock, one check of the draft and one copy; apart, each would have to repeat them.
 */
@Service
@EnableConfigurationProperties(PublishProperties.class)
public class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	private static final long LOCK_KEY = 0x5649_5441_4b52L;

	/** The draft's figures that a release publishes: those of metrics and segments that are not retired. */
	private static final String PUBLISHABLE = """
			select f.* from figure f
			join metric m on m.code = f.metric_code and m.retired_at is null
			join metric_segment s on s.metric_code = f.metric_code and s.segment_code = f.segment_code
			                     and s.retired_at is null""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final ApplicationEventPublisher events;

	private final PublishProperties properties;

	private final Clock clock;

	private final DatabaseStatus database;

	private final Metrics metrics;

	private final StoredReleases releases;

	private final ReleaseMetrics releaseMetrics;

	Publisher(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			PublishProperties properties, Clock clock, DatabaseStatus database, Metrics metrics,
			StoredReleases releases, ReleaseMetrics releaseMetrics) {
		this.database = database;
		this.metrics = metrics;
		this.releases = releases;
		this.releaseMetrics = releaseMetrics;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** What the draft would change if it were published now, against the latest release. */
	public DraftDiff diff() {
		return this.readOnly.execute((status) -> readDiff());
	}

	/** The release that waits for its time, if one does. */
	public Optional<PendingRelease> pending() {
		return this.readOnly.execute((status) -> this.releases.scheduled().map((release) -> {
			int changes = this.jdbc.queryForObject("""
					select count(*)::int from release_figure where release_id = ? and changed_release = ?""",
					Integer.class, release.id(), this.releases.latestNumber() + 1);
			return new PendingRelease(release.id(), release.scheduledFor(), release.createdBy(), release.notes(),
					changes);
		}));
	}

	/**
	 * Publishes the draft as the next release, now.
	 * @param draftRevision the draft's change counter when the publisher reviewed the diff
	 * @return the new release's number
	 * @throws PublicationRefusedException if the draft changed since, has nothing to publish, waits for a
	 * schedule, or (four eyes) holds a change that the publisher made last
	 */
	public int publishNow(long draftRevision, LocalizedText notes, String publisher) {
		return this.transaction.execute((status) -> goOut(freeze(draftRevision, notes, now(), publisher)));
	}

	/**
	 * Freezes the draft as the next release, to go out at {@code at}.
	 * @throws PublicationRefusedException as {@link #publishNow}, and if {@code at} is not in the future
	 */
	public void schedule(long draftRevision, LocalizedText notes, Instant at, String publisher) {
		if (!at.isAfter(now())) {
			throw new PublicationRefusedException("release.schedule.past");
		}
		this.transaction.executeWithoutResult((status) -> freeze(draftRevision, notes, at, publisher));
		log.info("{} scheduled the next release for {}", publisher, at);
	}

	/** Cancels the release that waits, if one does; its frozen figures never go out. */
	public boolean cancel(String publisher) {
		Boolean cancelled = this.transaction.execute((status) -> {
			lock();
			Optional<StoredRelease> scheduled = this.releases.scheduled();
			scheduled.ifPresent((release) -> release.cancel(publisher, now()));
			return scheduled.isPresent();
		});
		return Boolean.TRUE.equals(cancelled);
	}

	/** Publishes a release whose time has come; on every instance, and once at start-up. */
	@Scheduled(fixedDelayString = "${vitako.publish.check-interval:250ms}")
	public void publishDue() {
		if (!this.database.reachable()) {
			// the revision poll notices when it is back; until then, no log line every 250 ms
			return;
		}
		try {
			// a cheap look first, outside a transaction: most checks find nothing due
			// (with SQL: Hibernate would log every failed look while the database is away)
			if (!Boolean.TRUE.equals(this.jdbc.queryForObject(
					"select exists (select 1 from release where status = 'scheduled' and scheduled_for <= ?)",
					Boolean.class, Timestamp.from(now())))) {
				return;
			}
			this.transaction.executeWithoutResult((status) -> {
				if (!Boolean.TRUE.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
						LOCK_KEY))) {
					return;
				}
				this.releases.due(now()).ifPresent((release) -> {
					int number = goOut(release);
					log.info("Published release {} as scheduled", number);
				});
			});
		}
		catch (DataAccessException | TransactionException ex) {
			log.debug("Cannot check for a scheduled release: {}", ex.getMessage());
		}
	}

	/** Copies the draft into the rows of the next release, which waits until {@link #goOut}. */
	private StoredRelease freeze(long draftRevision, LocalizedText notes, Instant at, String publisher) {
		lock();
		if (this.releases.scheduled().isPresent()) {
			throw new PublicationRefusedException("release.pending");
		}
		long current = this.jdbc.queryForObject("select revision from data_revision where id = 1 for share",
				Long.class);
		if (current != draftRevision) {
			throw new PublicationRefusedException("release.draftChanged");
		}
		DraftDiff diff = readDiff();
		if (diff.empty()) {
			throw new PublicationRefusedException("release.empty");
		}
		if (this.properties.fourEyes()) {
			long own = diff.changes().stream().filter((change) -> publisher.equals(change.lastEditor())).count()
					+ diff.catalogue().stream().filter((change) -> publisher.equals(change.lastEditor())).count();
			if (own > 0) {
				throw new PublicationRefusedException("release.fourEyes", own);
			}
		}
		StoredRelease release = this.releases.saveAndFlush(new StoredRelease(
				new LocalizedText(notes.de().strip(), notes.en().strip()), draftRevision, publisher, now(), at));
		long id = release.id();
		int next = diff.latestRelease() + 1;
		// the catalogue as it stands, without what is retired, and the figures of what it holds
		this.jdbc.update("""
				insert into release_metric (release_id, code, position, label_de, label_en, description_de,
				                            description_en, unit, segments_add_up, parts_of_whole, chart_kind)
				select ?, code, position, label_de, label_en, description_de, description_en, unit, segments_add_up,
				       parts_of_whole, chart_kind
				from metric where retired_at is null""", id);
		this.jdbc.update("""
				insert into release_metric_segment (release_id, metric_code, segment_code, position, label_de,
				                                    label_en)
				select ?, s.metric_code, s.segment_code, s.position, s.label_de, s.label_en
				from metric_segment s join metric m on m.code = s.metric_code
				where s.retired_at is null and m.retired_at is null""", id);
		this.jdbc.update("""
				insert into release_source (release_id, title, publisher, published_on, url, licence)
				select ?, s.title, s.publisher, s.published_on, s.url, s.licence from source s
				where s.title in (select f.source_title from (%s) f)""".formatted(PUBLISHABLE), id);
		this.jdbc.update("""
				insert into release_headline_tile (release_id, position, metric_code, segment_code, text_de, text_en)
				select ?, row_number() over (order by t.position), t.metric_code, t.segment_code, t.text_de, t.text_en
				from headline_tile t join metric m on m.code = t.metric_code
				where m.retired_at is null""", id);
		this.jdbc.update("""
				insert into release_figure (release_id, metric_code, segment_code, unit, year, value, status,
				                            source_title, source_page, note, note_en, respondents, invited,
				                            first_release, changed_release)
				select ?, f.metric_code, f.segment_code, f.unit, f.year, f.value, f.status, f.source_title,
				       f.source_page, f.note, f.note_en, f.respondents, f.invited, coalesce(p.first_release, ?),
				       case when p.release_id is not null
				                 and (p.value, p.status, p.source_title, p.source_page, p.note, p.note_en,
				                      p.respondents, p.invited)
				                     is not distinct from (f.value, f.status, f.source_title, f.source_page, f.note,
				                                           f.note_en, f.respondents, f.invited)
				            then p.changed_release else ? end
				from (%s) f
				left join release_figure p
				       on p.release_id = (select id from release where number = ?)
				      and p.metric_code = f.metric_code and p.segment_code = f.segment_code and p.year = f.year"""
			.formatted(PUBLISHABLE),
				id, next, next, diff.latestRelease());
		return release;
	}

	/** The one status change that publishes a frozen release to every reader at once. */
	private int goOut(StoredRelease release) {
		int number = this.releases.latestNumber() + 1;
		release.publish(number, now());
		this.releases.flush();
		this.events.publishEvent(new FiguresChanged());
		return number;
	}

	private void lock() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
	}

	private DraftDiff readDiff() {
		long revision = this.jdbc.queryForObject("select revision from data_revision where id = 1", Long.class);
		int latest = this.releases.latestNumber();
		List<FigureDiff> changes = this.jdbc.query("""
				with published as (
				    select * from release_figure where release_id = (select id from release where number = ?)
				)
				select coalesce(d.metric_code, p.metric_code), coalesce(d.segment_code, p.segment_code),
				       coalesce(d.year, p.year),
				       p.value, p.source_title, p.source_page, p.note, p.status, p.metric_code, p.note_en,
				       p.respondents, p.invited,
				       d.value, d.source_title, d.source_page, d.note, d.status, d.metric_code, d.note_en,
				       d.respondents, d.invited,
				       (select c.changed_by from figure_change c
				        where c.metric_code = coalesce(d.metric_code, p.metric_code)
				          and c.segment_code = coalesce(d.segment_code, p.segment_code)
				          and c.year = coalesce(d.year, p.year)
				        order by c.changed_at desc, c.id desc limit 1)
				from (%s) d
				full join published p
				       on p.metric_code = d.metric_code and p.segment_code = d.segment_code and p.year = d.year
				left join metric m on m.code = coalesce(d.metric_code, p.metric_code)
				left join metric_segment s on s.metric_code = coalesce(d.metric_code, p.metric_code)
				                          and s.segment_code = coalesce(d.segment_code, p.segment_code)
				where d.id is null or p.release_id is null
				   or (d.value, d.status, d.source_title, d.source_page, d.note, d.note_en, d.respondents, d.invited)
				      is distinct from (p.value, p.status, p.source_title, p.source_page, p.note, p.note_en,
				                        p.respondents, p.invited)
				order by m.position, coalesce(d.year, p.year), s.position""".formatted(PUBLISHABLE),
				Publisher::figureDiff, latest);
		Long latestId = this.releases.published(latest).map(StoredRelease::id).orElse(null);
		List<MetricInfo> published = (latestId != null) ? this.releaseMetrics.catalogue(latestId) : List.of();
		Map<String, String> editors = new HashMap<>();
		this.jdbc.query("""
				select distinct on (metric_code) metric_code, changed_by from catalogue_change
				order by metric_code, changed_at desc, id desc""",
				(ResultSet rs) -> {
					editors.put(rs.getString(1), rs.getString(2));
				});
		List<MetricInfo> draft = this.metrics.draftCatalogue();
		Set<String> draftCodes = draft.stream().map(MetricInfo::code).collect(Collectors.toSet());
		List<CatalogueDiff> catalogue = new ArrayList<>(CatalogueDiff.between(published, draft, editors));
		List<Headline> headlines = (latestId != null) ? CatalogueReader.releaseHeadlines(this.jdbc, latestId)
				: List.of();
		List<Headline> draftHeadlines = CatalogueReader.draftHeadlines(this.jdbc).stream()
			.filter((h) -> draftCodes.contains(h.metric()))
			.toList();
		if (!headlines.equals(draftHeadlines)) {
			String editor = this.jdbc.query("""
					select changed_by from catalogue_change where action = 'tiles'
					order by changed_at desc, id desc limit 1""", (rs, row) -> rs.getString(1))
				.stream()
				.findFirst()
				.orElse(null);
			catalogue.add(new CatalogueDiff("", null, CatalogueDiff.Kind.HEADLINES,
					new LocalizedText("Kacheln der Übersicht", "Headline tiles"), null, editor));
		}
		// a source whose details changed since the release that named it
		this.jdbc.query("""
				select s.title from source s
				join release_source r on r.title = s.title and r.release_id = ?
				where (s.publisher, s.published_on, s.url, s.licence)
				      is distinct from (r.publisher, r.published_on, r.url, r.licence)
				  and s.title in (select f.source_title from (%s) f)
				order by s.title""".formatted(PUBLISHABLE), (ResultSet rs) -> {
			catalogue.add(new CatalogueDiff("", null, CatalogueDiff.Kind.SOURCE,
					new LocalizedText(rs.getString(1), rs.getString(1)), null, null));
		}, latestId);
		return new DraftDiff(revision, latest, changes, catalogue);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static FigureDiff figureDiff(ResultSet rs, int row) throws SQLException {
		return new FigureDiff(rs.getString(1), rs.getString(2), rs.getInt(3), content(rs, 4), content(rs, 13),
				rs.getString(22));
	}

	/** A side of the diff; none where its row is missing (the metric code, never null in a row, tells). */
	private static FigureContent content(ResultSet rs, int first) throws SQLException {
		if (rs.getString(first + 5) == null) {
			return null;
		}
		return new FigureContent(Decimals.normalise(rs.getBigDecimal(first)), rs.getString(first + 1),
				rs.getObject(first + 2, Integer.class), rs.getString(first + 3),
				FigureStatus.fromCode(rs.getString(first + 4)), rs.getString(first + 6),
				FigureBasis.of(rs.getObject(first + 7, Integer.class), rs.getObject(first + 8, Integer.class)));
	}

}
