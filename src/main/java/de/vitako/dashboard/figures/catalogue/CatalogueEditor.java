package de.vitako.dashboard.figures.catalogue;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricDefinition;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.internal.DraftLock;
import de.vitako.dashboard.figures.internal.Metric;
import de.vitako.dashboard.figures.internal.MetricSegment;
import de.vitako.dashboard.figures.internal.Metrics;
import de.vitako.dashboard.figures.internal.Segment;
import de.vitako.dashboard.figures.internal.Segments;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the draft's metric catalogue: creates metrics and their segments, relabels and reorders them, retires
 * and reinstates them, and deletes what was never published nor ever had a figure. Each change locks the draft,
 * checks the version the editor's form was opened with (so that no edit silently overwrites another), bumps that
 * version, is recorded in the catalogue's history, and changes the draft: the next release publishes it. Metrics
 * and their segments change through their entities; what uses them (releases, figures, history) is counted with
 * SQL. The overview's tiles change through {@link HeadlineTiles}; both record in {@link CatalogueHistory}.
 * <p>
 * Longer than most classes here, for a reason: a segment's changes are changes of its metric (the same lock, the
 * metric's version, the metric's history), so metrics and segments share one editor.
 */
@Service
public class CatalogueEditor {

	/** Per metric: whether a release published it, how many figures the draft holds, whether it has history. */
	private static final String METRIC_USAGE = """
			select m.code,
			       exists (select 1 from release_metric r join release p on p.id = r.release_id
			               where r.code = m.code and p.status = 'published'),
			       (select count(*)::int from figure f where f.metric_code = m.code),
			       exists (select 1 from figure_change c where c.metric_code = m.code)
			from metric m where (?::varchar is null or m.code = ?)""";

	/** Per segment of a metric: whether a release published it, whether it has history. */
	private static final String SEGMENT_USAGE = """
			select s.metric_code, s.segment_code,
			       exists (select 1 from release_metric_segment r join release p on p.id = r.release_id
			               where r.metric_code = s.metric_code and r.segment_code = s.segment_code
			                 and p.status = 'published'),
			       exists (select 1 from figure_change c
			               where c.metric_code = s.metric_code and c.segment_code = s.segment_code)
			from metric_segment s where (?::varchar is null or s.metric_code = ?)""";

	private final Metrics metrics;

	private final Segments segments;

	private final DraftLock draftLock;

	private final JdbcTemplate jdbc;

	private final CatalogueHistory history;

	private final Clock clock;

	CatalogueEditor(Metrics metrics, Segments segments, DraftLock draftLock, JdbcTemplate jdbc,
			CatalogueHistory history, Clock clock) {
		this.metrics = metrics;
		this.segments = segments;
		this.draftLock = draftLock;
		this.jdbc = jdbc;
		this.history = history;
		this.clock = clock;
	}

	/** Every metric in the overview's order, retired ones too. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> entries() {
		Usage usage = usage(null);
		return this.metrics.findAllByOrderByPosition().stream().map((metric) -> entry(metric, usage)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<CatalogueEntry> entry(String code) {
		return this.metrics.findById(code).map((metric) -> entry(metric, usage(code)));
	}

	/**
	 * Creates a metric with its first segment, placed before {@code before} on the overview (at the end for
	 * {@code null}).
	 */
	@Transactional
	public void create(MetricDefinition definition, String segmentCode, LocalizedText segmentLabel, String before,
			String user) {
		this.draftLock.lock();
		checkUnitRules(definition);
		if (this.metrics.existsById(definition.code())) {
			throw new CatalogueRefusedException("code", "catalogue.code.taken", definition.code());
		}
		int position = placeBefore(before);
		knowSegment(segmentCode, segmentLabel);
		Metric metric = this.metrics.save(new Metric(definition, position, segmentCode, segmentLabel));
		changed(metric, null, "created", definition.label().de() + " / " + definition.label().en() + " ("
				+ definition.unit().code() + "), " + segmentCode, user);
	}

	/** Changes the labels, descriptions and chart; the unit and the kind of segments while nothing fixes them. */
	@Transactional
	public void edit(MetricDefinition definition, long version, String user) {
		Metric metric = lock(definition.code(), version);
		MetricDefinition old = metric.definition();
		boolean unitChanged = old.unit() != definition.unit() || old.segmentsAddUp() != definition.segmentsAddUp()
				|| old.partsOfWhole() != definition.partsOfWhole();
		if (unitChanged && !entry(metric, usage(metric.code())).unitChangeable()) {
			throw new CatalogueRefusedException("unit", "catalogue.unit.fixed");
		}
		checkUnitRules(definition);
		if (old.equals(definition)) {
			return;
		}
		metric.define(definition);
		List<String> what = new ArrayList<>();
		if (!old.label().equals(definition.label())) {
			what.add("label: " + old.label().de() + " / " + old.label().en() + " → " + definition.label().de() + " / "
					+ definition.label().en());
		}
		if (!old.description().equals(definition.description())) {
			what.add("description");
		}
		if (unitChanged) {
			what.add("unit: " + definition.unit().code());
		}
		if (old.chartKind() != definition.chartKind()) {
			what.add("chart: " + (definition.chartKind() == null ? "auto" : definition.chartKind().code()));
		}
		changed(metric, null, "edited", String.join("; ", what), user);
	}

	/** Moves a metric one place up ({@code -1}) or down ({@code 1}) among those that are not retired. */
	@Transactional
	public void move(String code, long version, int direction, String user) {
		Metric metric = lock(code, version);
		List<Metric> order = this.metrics.findAllByOrderByPosition().stream().filter((m) -> !m.retired()).toList();
		int index = order.indexOf(metric);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= order.size()) {
			return;
		}
		Metric other = order.get(target);
		int position = metric.position();
		metric.moveTo(other.position());
		other.moveTo(position);
		changed(metric, null, "moved", (direction < 0 ? "up, before " : "down, after ") + other.code(), user);
	}

	/** Takes a published metric out of the next release; the releases that showed it keep it. */
	@Transactional
	public void retire(String code, long version, String user) {
		Metric metric = lock(code, version);
		if (!metric.retired()) {
			metric.retire(now());
			changed(metric, null, "retired", metric.definition().label().de(), user);
		}
	}

	/** Brings a retired metric back into the next release, with the figures the draft kept for it. */
	@Transactional
	public void reinstate(String code, long version, String user) {
		Metric metric = lock(code, version);
		if (metric.retired()) {
			metric.reinstate();
			changed(metric, null, "reinstated", metric.definition().label().de(), user);
		}
	}

	/** Deletes a metric that no release published and that never had a figure: a mistake, not history. */
	@Transactional
	public void delete(String code, long version, String user) {
		Metric metric = lock(code, version);
		CatalogueEntry entry = entry(metric, usage(code));
		if (!entry.deletable()) {
			throw new CatalogueRefusedException(null, entry.published() ? "catalogue.delete.published"
					: "catalogue.delete.hasFigures");
		}
		this.jdbc.update("delete from headline_tile where metric_code = ?", code);
		this.metrics.delete(metric);
		this.history.record(code, null, "deleted", entry.definition().label().de(), user);
	}

	/** Adds a segment at the end of the metric's segments. */
	@Transactional
	public void addSegment(String code, long version, String segment, LocalizedText label, String user) {
		Metric metric = lock(code, version);
		if (metric.segment(segment).isPresent()) {
			throw new CatalogueRefusedException("segmentCode", "catalogue.segment.taken", segment);
		}
		knowSegment(segment, label);
		metric.addSegment(segment, label);
		changed(metric, segment, "created", label.de() + " / " + label.en(), user);
	}

	@Transactional
	public void relabelSegment(String code, long version, String segment, LocalizedText label, String user) {
		Metric metric = lock(code, version);
		MetricSegment old = segment(metric, segment);
		LocalizedText before = old.label();
		if (before.equals(label)) {
			return;
		}
		old.relabel(label);
		changed(metric, segment, "edited", before.de() + " / " + before.en() + " → " + label.de() + " / "
				+ label.en(), user);
	}

	/** Moves a segment one place up ({@code -1}) or down ({@code 1}) among the metric's segments in use. */
	@Transactional
	public void moveSegment(String code, long version, String segment, int direction, String user) {
		Metric metric = lock(code, version);
		List<MetricSegment> order = metric.segments().stream().filter((s) -> !s.retired()).toList();
		int index = order.stream().map(MetricSegment::code).toList().indexOf(segment);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= order.size()) {
			return;
		}
		MetricSegment moved = order.get(index);
		MetricSegment other = order.get(target);
		int position = moved.position();
		moved.moveTo(other.position());
		other.moveTo(position);
		changed(metric, segment, "moved", (direction < 0 ? "up, before " : "down, after ") + other.code(), user);
	}

	/** Takes a segment out of the next release; the releases that showed it keep it. */
	@Transactional
	public void retireSegment(String code, long version, String segment, String user) {
		Metric metric = lock(code, version);
		MetricSegment retired = segment(metric, segment);
		if (retired.retired()) {
			return;
		}
		if (metric.segments().stream().filter((s) -> !s.retired()).count() == 1) {
			throw new CatalogueRefusedException(null, "catalogue.segment.last");
		}
		retired.retire(now());
		changed(metric, segment, "retired", retired.label().de(), user);
	}

	@Transactional
	public void reinstateSegment(String code, long version, String segment, String user) {
		Metric metric = lock(code, version);
		MetricSegment reinstated = segment(metric, segment);
		if (reinstated.retired()) {
			reinstated.reinstate();
			changed(metric, segment, "reinstated", reinstated.label().de(), user);
		}
	}

	@Transactional
	public void deleteSegment(String code, long version, String segment, String user) {
		Metric metric = lock(code, version);
		CatalogueEntry.SegmentEntry old = entry(metric, usage(code)).segment(segment)
			.orElseThrow(() -> new CatalogueRefusedException(null, "catalogue.segment.unknown", segment));
		if (!old.deletable()) {
			throw new CatalogueRefusedException(null, old.published() ? "catalogue.delete.published"
					: "catalogue.delete.hasFigures");
		}
		if (metric.segments().size() == 1) {
			throw new CatalogueRefusedException(null, "catalogue.segment.last");
		}
		metric.removeSegment(segment);
		changed(metric, segment, "deleted", old.label().de(), user);
	}

	/** The metric as it is now, with the draft locked; refused if it changed since {@code version}. */
	private Metric lock(String code, long version) {
		this.draftLock.lock();
		Metric metric = this.metrics.findById(code)
			.orElseThrow(() -> new CatalogueRefusedException(null, "catalogue.unknown", code));
		if (metric.version() != version) {
			throw new CatalogueRefusedException(null, "catalogue.conflict");
		}
		return metric;
	}

	private static MetricSegment segment(Metric metric, String segment) {
		return metric.segment(segment)
			.orElseThrow(() -> new CatalogueRefusedException(null, "catalogue.segment.unknown", segment));
	}

	private static void checkUnitRules(MetricDefinition metric) {
		if (metric.segmentsAddUp() && metric.unit() == Unit.PERCENT) {
			throw new CatalogueRefusedException("segmentsAddUp", "catalogue.addsUp.percent");
		}
		if (metric.partsOfWhole() && metric.unit() != Unit.PERCENT) {
			throw new CatalogueRefusedException("partsOfWhole", "catalogue.partsOfWhole.percent");
		}
	}

	/** The position for a new metric: {@code before}'s, with it and every later one moved down; else the end. */
	private int placeBefore(String before) {
		List<Metric> all = this.metrics.findAllByOrderByPosition();
		Optional<Metric> next = all.stream().filter((m) -> m.code().equals(before)).findFirst();
		if (next.isEmpty()) {
			return all.isEmpty() ? 1 : all.get(all.size() - 1).position() + 1;
		}
		int position = next.get().position();
		all.stream().filter((m) -> m.position() >= position).forEach((m) -> m.moveTo(m.position() + 1));
		return position;
	}

	/** Makes a segment code known across metrics, under the label it is first given. */
	private void knowSegment(String code, LocalizedText label) {
		if (!this.segments.existsById(code)) {
			this.segments.save(new Segment(code, label));
		}
	}

	/** A change of a metric or its segments: every form opened before it is outdated. */
	private void changed(Metric metric, String segment, String action, String summary, String user) {
		metric.changed();
		this.history.record(metric.code(), segment, action, summary, user);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static CatalogueEntry entry(Metric metric, Usage usage) {
		MetricUsage used = usage.metrics().getOrDefault(metric.code(), new MetricUsage(false, 0, false));
		List<CatalogueEntry.SegmentEntry> segments = metric.segments().stream().map((segment) -> {
			SegmentUsage segmentUsage = usage.segments()
				.getOrDefault(metric.code() + "/" + segment.code(), new SegmentUsage(false, false));
			return new CatalogueEntry.SegmentEntry(segment.code(), segment.label(), segment.retired(),
					segmentUsage.published(), segmentUsage.history());
		}).toList();
		return new CatalogueEntry(metric.definition(), metric.position(), metric.retired(), used.published(),
				used.figures(), used.history(), metric.version(), segments);
	}

	/** What uses the metrics and segments: of one metric, or of all ({@code code} {@code null}). */
	private Usage usage(String code) {
		Map<String, MetricUsage> metricUsage = new HashMap<>();
		this.jdbc.query(METRIC_USAGE, (ResultSet rs) -> {
			metricUsage.put(rs.getString(1), new MetricUsage(rs.getBoolean(2), rs.getInt(3), rs.getBoolean(4)));
		}, code, code);
		Map<String, SegmentUsage> segmentUsage = new HashMap<>();
		this.jdbc.query(SEGMENT_USAGE, (ResultSet rs) -> {
			segmentUsage.put(rs.getString(1) + "/" + rs.getString(2),
					new SegmentUsage(rs.getBoolean(3), rs.getBoolean(4)));
		}, code, code);
		return new Usage(metricUsage, segmentUsage);
	}

	private record Usage(Map<String, MetricUsage> metrics, Map<String, SegmentUsage> segments) {
	}

	private record MetricUsage(boolean published, int figures, boolean history) {
	}

	private record SegmentUsage(boolean published, boolean history) {
	}

}
