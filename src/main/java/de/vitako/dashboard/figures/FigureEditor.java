package de.vitako.dashboard.figures;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the figures: create, correct, delete and restore. Each writes its history record in the same
 * transaction as the change, checks the version the admin's form was opened with, and makes the change visible on
 * this instance as soon as it commits.
 */
@Service
public class FigureEditor {

	private static final int HISTORY_PAGE = 500;

	private final Figures figures;

	private final FigureChanges changes;

	private final FigureCatalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	private final MeterRegistry meters;

	FigureEditor(Figures figures, FigureChanges changes, FigureCatalog catalog, ApplicationEventPublisher events,
			MeterRegistry meters) {
		this.meters = meters;
		this.figures = figures;
		this.changes = changes;
		this.catalog = catalog;
		this.events = events;
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
		MetricInfo metric = this.catalog.metricInfo(metricCode).orElseThrow(() -> new UnknownMetricException(metricCode));
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
			Figure figure = new Figure(metricCode, segment, metric.unit(), year, entry.getValue(), now);
			try {
				this.figures.saveAndFlush(figure);
			}
			catch (DataIntegrityViolationException ex) {
				throw new DuplicateFigureException(metricCode, segment, year);
			}
			record(figure.id(), ChangeAction.CREATE, metricCode, segment, year, null, entry.getValue(), reason, user, now);
			created.add(figure.toValue());
		}
		changed();
		return created;
	}

	/**
	 * Corrects a figure, unless someone changed it since the admin's form was opened.
	 * @throws FigureConflictException if the figure's version is no longer {@code expectedVersion}
	 * @throws FigureNotFoundException if the figure was deleted meanwhile
	 */
	@Transactional
	public FigureValue correct(long id, long expectedVersion, FigureContent content, String reason, String user) {
		Figure figure = current(id, expectedVersion);
		FigureContent before = figure.content();
		Instant now = now();
		figure.correct(content, now);
		flush(figure);
		FigureValue after = figure.toValue();
		record(id, ChangeAction.UPDATE, after.metric(), after.segment(), after.year(), before, content, reason, user, now);
		changed();
		return after;
	}

	/**
	 * Deletes a figure, unless someone changed it since the admin's confirmation page was opened.
	 */
	@Transactional
	public void delete(long id, long expectedVersion, String reason, String user) {
		Figure figure = current(id, expectedVersion);
		FigureValue value = figure.toValue();
		this.figures.delete(figure);
		flush(figure);
		record(id, ChangeAction.DELETE, value.metric(), value.segment(), value.year(), figure.content(), null, reason,
				user, now());
		changed();
	}

	/**
	 * Restores the figure as it was before a recorded change: the restore is a recorded change itself.
	 */
	@Transactional
	public FigureValue restore(long changeId, String user) {
		FigureChangeView change = this.changes.findById(changeId)
			.map(FigureChange::toView)
			.orElseThrow(() -> new FigureNotFoundException(changeId));
		if (!change.restorable()) {
			throw new IllegalArgumentException("Change " + changeId + " has no earlier value to restore");
		}
		String reason = "#" + changeId;
		Instant now = now();
		Optional<Figure> existing = this.figures.findByMetricCodeAndSegmentCodeAndYear(change.metric(),
				change.segment(), change.year());
		Figure figure;
		FigureContent before = null;
		if (existing.isPresent()) {
			figure = existing.get();
			before = figure.content();
			figure.correct(change.before(), now);
			flush(figure);
		}
		else {
			MetricInfo metric = this.catalog.metricInfo(change.metric()).orElseThrow();
			figure = new Figure(change.metric(), change.segment(), metric.unit(), change.year(), change.before(), now);
			this.figures.saveAndFlush(figure);
		}
		record(figure.id(), ChangeAction.RESTORE, change.metric(), change.segment(), change.year(), before,
				change.before(), reason, user, now);
		changed();
		return figure.toValue();
	}

	@Transactional(readOnly = true)
	public List<FigureChangeView> history(Optional<String> metric) {
		List<FigureChange> found = metric
			.map((code) -> this.changes.findByMetricCodeOrderByChangedAtDescIdDesc(code, Limit.of(HISTORY_PAGE)))
			.orElseGet(() -> this.changes.findAllByOrderByChangedAtDescIdDesc(Limit.of(HISTORY_PAGE)));
		return found.stream().map(FigureChange::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<FigureChangeView> history(String metric, String segment, int year) {
		return this.changes.findByMetricCodeAndSegmentCodeAndYearOrderByChangedAtDescIdDesc(metric, segment, year)
			.stream()
			.map(FigureChange::toView)
			.toList();
	}

	private boolean exists(String metric, String segment, int year) {
		return this.figures.existsByMetricCodeAndSegmentCodeAndYear(metric, segment, year);
	}

	private Figure current(long id, long expectedVersion) {
		Figure figure = this.figures.findById(id).orElseThrow(() -> new FigureNotFoundException(id));
		if (figure.version() != expectedVersion) {
			FigureValue value = figure.toValue();
			throw new FigureConflictException(value, lastChange(value));
		}
		return figure;
	}

	private Optional<FigureChangeView> lastChange(FigureValue value) {
		return this.changes
			.findFirstByMetricCodeAndSegmentCodeAndYearOrderByChangedAtDescIdDesc(value.metric(), value.segment(),
					value.year())
			.map(FigureChange::toView);
	}

	private void flush(Figure figure) {
		try {
			this.figures.flush();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// changed between our read and our write: report it like any other conflict
			FigureValue now = this.figures.findById(figure.id()).map(Figure::toValue).orElseThrow(
					() -> new FigureNotFoundException(figure.id()));
			throw new FigureConflictException(now, lastChange(now));
		}
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
