package de.vitako.dashboard.figures.draft;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.internal.DraftLock;
import de.vitako.dashboard.figures.internal.Figure;
import de.vitako.dashboard.figures.internal.Figures;
import de.vitako.dashboard.figures.internal.FiguresChanged;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports into the draft: a checked spreadsheet applied as one step, each figure's history pointing to the
 * import's record, and undone as one step while nothing has published or changed what it wrote. The figures of
 * the forms change through {@link FigureEditor}.
 */
@Service
public class FigureImports {

	private final Figures figures;

	private final FigureChanges changes;

	private final FigureSnapshots snapshots;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final DraftLock draftLock;

	FigureImports(Figures figures, FigureChanges changes, FigureSnapshots snapshots, ApplicationEventPublisher events,
			MeterRegistry meters, Clock clock, JdbcTemplate jdbc, DraftLock draftLock) {
		this.draftLock = draftLock;
		this.figures = figures;
		this.changes = changes;
		this.snapshots = snapshots;
		this.events = events;
		this.meters = meters;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * Applies an import to the draft, all or nothing: each figure is created or corrected, and its history points
	 * to the import's record. The draft is locked first, so that no other write comes between the preview's check
	 * and this.
	 * @return the import's number
	 * @throws ImportConflictException if the draft changed since the import's preview ({@code import.outdated})
	 */
	@Transactional
	public long applyImport(ImportedFigures upload, String user) {
		if (this.draftLock.lock() != upload.draftRevision()) {
			throw new ImportConflictException("import.outdated");
		}
		Map<ImportedFigures.Item, Optional<Figure>> existing = new LinkedHashMap<>();
		upload.items().forEach((item) -> existing.put(item,
				this.figures.findByMetricCodeAndSegmentCodeAndYear(item.metric(), item.segment(), item.year())));
		int added = (int) existing.values().stream().filter(Optional::isEmpty).count();
		Instant now = now();
		long importId = this.jdbc.queryForObject("""
				insert into figure_import (file_name, sha256, rows_read, added, changed, unchanged, imported_by,
				    imported_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, upload.fileName(), upload.sha256(),
				upload.rowsRead(), added, upload.items().size() - added, upload.unchanged(), user, Timestamp.from(now));
		existing.forEach((item, figure) -> {
			if (figure.isEmpty()) {
				MetricInfo metric = this.snapshots.metricInfo(item.metric())
					.orElseThrow(() -> new UnknownMetricException(item.metric()));
				Figure created = this.figures.save(new Figure(item.metric(), item.segment(), metric.unit(), item.year(),
						item.content(), now));
				this.changes.save(new FigureChange(created.id(), ChangeAction.CREATE, item.metric(), item.segment(),
						item.year(), null, item.content(), null, user, now, importId));
			}
			else {
				FigureContent before = figure.get().content();
				figure.get().correct(item.content(), now);
				this.changes.save(new FigureChange(figure.get().id(), ChangeAction.UPDATE, item.metric(),
						item.segment(), item.year(), before, item.content(), null, user, now, importId));
			}
		});
		this.figures.flush();
		this.meters.counter("vitako.figure.imports").increment();
		changed();
		return importId;
	}

	/**
	 * Undoes an import as one step: what it created is deleted, what it corrected is corrected back, each recorded
	 * and pointing to the import. Refused once undone, once a release has published it, and where a figure it
	 * touched has changed since.
	 * @throws ImportConflictException with {@code import.undo.done}, {@code import.undo.published} or
	 * {@code import.undo.changedSince}
	 */
	@Transactional
	public void undoImport(long importId, String user) {
		this.draftLock.lock();
		ImportRecord record = imports("where i.id = ? for update of i", importId).stream()
			.findFirst()
			.orElseThrow(() -> new ImportConflictException("import.undo.unknown"));
		if (record.undoneAt() != null) {
			throw new ImportConflictException("import.undo.done");
		}
		if (!record.undoable()) {
			throw new ImportConflictException("import.undo.published");
		}
		Instant now = now();
		String reason = "Import #" + importId;
		for (FigureChange change : this.changes.findByImportIdOrderByIdDesc(importId)) {
			FigureChangeView view = change.toView();
			Optional<Figure> figure = this.figures.findByMetricCodeAndSegmentCodeAndYear(view.metric(),
					view.segment(), view.year());
			if (figure.isEmpty() || !figure.get().content().sameAs(view.after())) {
				throw new ImportConflictException("import.undo.changedSince");
			}
			if (change.action() == ChangeAction.CREATE) {
				this.figures.delete(figure.get());
				this.changes.save(new FigureChange(figure.get().id(), ChangeAction.DELETE, view.metric(),
						view.segment(), view.year(), view.after(), null, reason, user, now, importId));
			}
			else {
				figure.get().correct(view.before(), now);
				this.changes.save(new FigureChange(figure.get().id(), ChangeAction.UPDATE, view.metric(),
						view.segment(), view.year(), view.after(), view.before(), reason, user, now, importId));
			}
		}
		this.figures.flush();
		this.jdbc.update("update figure_import set undone_by = ?, undone_at = ? where id = ?", user,
				Timestamp.from(now), importId);
		changed();
	}

	/** The latest imports, newest first. */
	@Transactional(readOnly = true)
	public List<ImportRecord> imports() {
		return imports("order by i.id desc limit 50");
	}

	/**
	 * Imports with whether each can be undone: not undone, and imported after the latest release (whose
	 * publication froze the draft as it stood).
	 */
	private List<ImportRecord> imports(String tail, Object... arguments) {
		return this.jdbc.query("""
				select i.*, (i.undone_at is null and i.imported_at > coalesce(
				           (select max(published_at) from release), '-infinity')) as undoable
				from figure_import i
				""" + tail, (rs, row) -> new ImportRecord(rs.getLong("id"), rs.getString("file_name"),
				rs.getString("sha256"), rs.getInt("rows_read"), rs.getInt("added"), rs.getInt("changed"),
				rs.getInt("unchanged"), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant(),
				rs.getString("undone_by"),
				rs.getTimestamp("undone_at") == null ? null : rs.getTimestamp("undone_at").toInstant(),
				rs.getBoolean("undoable")), arguments);
	}

	private void changed() {
		this.events.publishEvent(new FiguresChanged());
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
