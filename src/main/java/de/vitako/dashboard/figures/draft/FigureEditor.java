package de.vitako.dashboard.figures.draft;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.internal.DraftLock;
import de.vitako.dashboard.figures.internal.Figure;
import de.vitako.dashboard.figures.internal.Figures;
import de.vitako.dashboard.figures.internal.FiguresChanged;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the figures: create, correct, delete and restore. Each writes its history record in the same
 * transaction as the change, checks the version the admin's form was opened with, and makes the change visible on
 * this instance as soon as it commits. Each takes the {@link DraftLock} first, so it reads the figure as committed
 * and no other write comes between its check and its write.
 * Imports are applied and undone by {@link FigureImports}; the history is read by {@link FigureHistory}.
 */
@Service
public class FigureEditor {

	private final Figures figures;

	private final FigureChanges changes;

	private final FigureSnapshots snapshots;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MeterRegistry meters;

	private final DraftLock draftLock;

	FigureEditor(Figures figures, FigureChanges changes, FigureSnapshots snapshots, ApplicationEventPublisher events,
			MeterRegistry meters, Clock clock, DraftLock draftLock) {
		this.meters = meters;
		this.figures = figures;
		this.changes = changes;
		this.snapshots = snapshots;
		this.events = events;
		this.clock = clock;
		this.draftLock = draftLock;
	}

	/** The figure as stored now, with its current version (not from the cache). */
	@Transactional(readOnly = true)
	public Optional<FigureValue> figure(long id) {
		return this.figures.findById(id).map(Figure::toValue);
	}

	/**
	 * Adds the figures of one year for a metric, all or nothing.
	 * @throws DuplicateFigureException if one of them exists already
	 */
	@Transactional
	public List<FigureValue> createYear(String metricCode, int year, Map<String, FigureContent> bySegment,
			String reason, String user) {
		MetricInfo metric = this.snapshots.metricInfo(metricCode).orElseThrow(() -> new UnknownMetricException(metricCode));
		this.draftLock.lock();
		Instant now = now();
		List<FigureValue> created = new ArrayList<>();
		for (Map.Entry<String, FigureContent> entry : bySegment.entrySet()) {
			String segment = entry.getKey();
			if (metric.segment(segment).isEmpty()) {
				throw new IllegalArgumentException("Metric " + metricCode + " has no segment " + segment);
			}
			if (exists(metricCode, segment, year)) {
				throw new DuplicateFigureException(metricCode, segment, year);
			}
			Figure figure = this.figures.saveAndFlush(new Figure(metricCode, segment, metric.unit(), year,
					entry.getValue(), now));
			record(figure.id(), ChangeAction.CREATE, metricCode, segment, year, null, entry.getValue(), reason, user, now);
			created.add(figure.toValue());
		}
		changed();
		return created;
	}

	/**
	 * Corrects a figure, unless someone changed it since the admin's form was opened. A correction that changes
	 * nothing is no change: the version stays and no history is written.
	 * @return whether anything changed
	 * @throws FigureConflictException if the figure's version is no longer {@code expectedVersion}
	 * @throws FigureNotFoundException if the figure was deleted meanwhile
	 */
	@Transactional
	public boolean correct(long id, long expectedVersion, FigureContent content, String reason, String user) {
		Figure figure = current(id, expectedVersion);
		FigureContent before = figure.content();
		if (before.sameAs(content)) {
			return false;
		}
		Instant now = now();
		figure.correct(content, now);
		this.figures.flush();
		FigureValue after = figure.toValue();
		record(id, ChangeAction.UPDATE, after.metric(), after.segment(), after.year(), before, content, reason, user, now);
		changed();
		return true;
	}

	/**
	 * Deletes a figure, unless someone changed it since the admin's confirmation page was opened.
	 */
	@Transactional
	public void delete(long id, long expectedVersion, String reason, String user) {
		Figure figure = current(id, expectedVersion);
		FigureValue value = figure.toValue();
		this.figures.delete(figure);
		this.figures.flush();
		record(id, ChangeAction.DELETE, value.metric(), value.segment(), value.year(), figure.content(), null, reason,
				user, now());
		changed();
	}

	/** The figure of a metric, segment and year as stored now, if there is one. */
	@Transactional(readOnly = true)
	public Optional<FigureValue> current(String metric, String segment, int year) {
		return this.figures.findByMetricCodeAndSegmentCodeAndYear(metric, segment, year).map(Figure::toValue);
	}

	/** A recorded change, for the page that confirms its restore. */
	@Transactional(readOnly = true)
	public Optional<FigureChangeView> change(long changeId) {
		return this.changes.findById(changeId).map(FigureChange::toView);
	}

	/**
	 * Restores the figure as it was before a recorded change: the restore is a recorded change itself, and a
	 * versioned write like every other, so it overwrites nothing that the admin has not seen.
	 * @param expectedVersion the figure's version the admin saw, {@code null} if it did not exist then
	 * @return whether anything changed (restoring the state the figure is in already changes nothing)
	 * @throws FigureConflictException if the figure changed since (its {@code current()} is {@code null} when it
	 * was deleted meanwhile)
	 * @throws FigureNotFoundException if there is no such change, or it has no earlier state to restore
	 */
	@Transactional
	public boolean restore(long changeId, Long expectedVersion, String user) {
		FigureChangeView change = change(changeId).filter(FigureChangeView::restorable)
			.orElseThrow(() -> new FigureNotFoundException(changeId));
		this.draftLock.lock();
		Optional<Figure> existing = this.figures.findByMetricCodeAndSegmentCodeAndYear(change.metric(),
				change.segment(), change.year());
		Long actualVersion = existing.map(Figure::version).orElse(null);
		if (!Objects.equals(actualVersion, expectedVersion)) {
			throw conflict(existing.map(Figure::toValue).orElse(null), change);
		}
		if (existing.isPresent() && existing.get().content().sameAs(change.before())) {
			return false;
		}
		String reason = "#" + changeId;
		Instant now = now();
		Figure figure;
		FigureContent before = null;
		if (existing.isPresent()) {
			figure = existing.get();
			before = figure.content();
			figure.correct(change.before(), now);
			this.figures.flush();
		}
		else {
			MetricInfo metric = this.snapshots.anyMetricInfo(change.metric()).orElseThrow();
			figure = this.figures.saveAndFlush(new Figure(change.metric(), change.segment(), metric.unit(),
					change.year(), change.before(), now));
		}
		record(figure.id(), ChangeAction.RESTORE, change.metric(), change.segment(), change.year(), before,
				change.before(), reason, user, now);
		changed();
		return true;
	}

	/**
	 * Takes the draft's change to one figure back: it is again as the latest release published it (corrected
	 * back, deleted if the draft added it, created again if the draft removed it). Recorded like every change.
	 * @return whether anything changed
	 */
	@Transactional
	public boolean discard(String metric, String segment, int year, String user) {
		this.draftLock.lock();
		FigureContent published = this.snapshots.snapshot()
			.metric(metric)
			.flatMap((data) -> data.figure(segment, year))
			.map(FigureValue::content)
			.orElse(null);
		Optional<Figure> draft = this.figures.findByMetricCodeAndSegmentCodeAndYear(metric, segment, year);
		FigureContent before = draft.map(Figure::content).orElse(null);
		if (published == null ? before == null : published.sameAs(before)) {
			return false;
		}
		Instant now = now();
		Long id;
		if (published == null) {
			id = draft.get().id();
			this.figures.delete(draft.get());
			this.figures.flush();
		}
		else if (draft.isPresent()) {
			draft.get().correct(published, now);
			this.figures.flush();
			id = draft.get().id();
		}
		else {
			MetricInfo info = this.snapshots.anyMetricInfo(metric).orElseThrow(() -> new UnknownMetricException(metric));
			Figure figure = new Figure(metric, segment, info.unit(), year, published, now);
			this.figures.saveAndFlush(figure);
			id = figure.id();
		}
		record(id, ChangeAction.DISCARD, metric, segment, year, before, published, null, user, now);
		changed();
		return true;
	}

	private FigureConflictException conflict(FigureValue current, FigureChangeView change) {
		return new FigureConflictException(current, lastChange(change.metric(), change.segment(), change.year()));
	}


	private boolean exists(String metric, String segment, int year) {
		return this.figures.existsByMetricCodeAndSegmentCodeAndYear(metric, segment, year);
	}

	private Figure current(long id, long expectedVersion) {
		this.draftLock.lock();
		Figure figure = this.figures.findById(id).orElseThrow(() -> new FigureNotFoundException(id));
		if (figure.version() != expectedVersion) {
			FigureValue value = figure.toValue();
			throw new FigureConflictException(value, lastChange(value));
		}
		return figure;
	}

	private Optional<FigureChangeView> lastChange(FigureValue value) {
		return lastChange(value.metric(), value.segment(), value.year());
	}

	private Optional<FigureChangeView> lastChange(String metric, String segment, int year) {
		return this.changes.findFirstByMetricCodeAndSegmentCodeAndYearOrderByChangedAtDescIdDesc(metric, segment, year)
			.map(FigureChange::toView);
	}


	private void record(Long figureId, ChangeAction action, String metric, String segment, int year,
			FigureContent before, FigureContent after, String reason, String user, Instant now) {
		this.changes.save(new FigureChange(figureId, action, metric, segment, year, before, after,
				reason == null || reason.isBlank() ? null : reason.strip(), user, now));
		this.meters.counter("vitako.figure.changes", "action", action.code()).increment();
	}

	private void changed() {
		this.events.publishEvent(new FiguresChanged());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
