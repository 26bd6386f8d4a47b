package de.vitako.dashboard.figures.releases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.draft.DraftDiff;
import de.vitako.dashboard.figures.internal.FiguresChanged;
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
 * its actual time. What the draft would change, the review page's diff and the check before a freeze, is
 * {@link DraftDiffReader}'s.
 */
@Service
@EnableConfigurationProperties(PublishProperties.class)
public class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	private static final long LOCK_KEY = 0x5649_5441_4b52L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate readOnly;

	private final ApplicationEventPublisher events;

	private final PublishProperties properties;

	private final Clock clock;

	private final DatabaseStatus database;

	private final StoredReleases releases;

	private final DraftDiffReader diffs;

	Publisher(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			PublishProperties properties, Clock clock, DatabaseStatus database, StoredReleases releases,
			DraftDiffReader diffs) {
		this.database = database;
		this.releases = releases;
		this.diffs = diffs;
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
		return this.readOnly.execute((status) -> this.diffs.read());
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
		DraftDiff diff = this.diffs.read();
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
				where s.title in (select f.source_title from (%s) f)""".formatted(DraftDiffReader.PUBLISHABLE), id);
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
			.formatted(DraftDiffReader.PUBLISHABLE),
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

	private Instant now() {
		return Instant.now(this.clock);
	}

}
