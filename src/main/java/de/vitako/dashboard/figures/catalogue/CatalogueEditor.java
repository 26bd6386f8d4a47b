package de.vitako.dashboard.figures.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.HeadlineTile;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.internal.FiguresChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the draft's metric catalogue: creates metrics and their segments, relabels and reorders them, retires
 * and reinstates them, and deletes what was never published nor ever had a figure. Each change locks its metric,
 * checks the version the editor's form was opened with (so that no edit silently overwrites another), bumps that
 * version, is recorded in the catalogue's history, and changes the draft: the next release publishes it.
 * <p>
 * Longer than most classes here, for a reason: it is the one writer of the catalogue's five tables, and its
 * twenty changes share the lock, the version check, the history record and the revision bump; split by metric,
 * segment and tile, each part would need all of them.
 */
@Service
public class CatalogueEditor {

	private static final String ENTRIES = """
			select m.code, m.position, m.label_de, m.label_en, m.description_de, m.description_en, m.unit,
			       m.segments_add_up, m.parts_of_whole, m.chart_kind, m.retired_at is not null, m.version,
			       exists (select 1 from release_metric r join release p on p.id = r.release_id
			               where r.code = m.code and p.status = 'published'),
			       (select count(*)::int from figure f where f.metric_code = m.code),
			       exists (select 1 from figure_change c where c.metric_code = m.code)
			from metric m""";

	private static final String SEGMENTS = """
			select s.metric_code, s.segment_code, s.label_de, s.label_en, s.retired_at is not null,
			       exists (select 1 from release_metric_segment r join release p on p.id = r.release_id
			               where r.metric_code = s.metric_code and r.segment_code = s.segment_code
			                 and p.status = 'published'),
			       exists (select 1 from figure_change c
			               where c.metric_code = s.metric_code and c.segment_code = s.segment_code)
			from metric_segment s""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogueEditor(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Every metric in the overview's order, retired ones too. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> entries() {
		Map<String, List<CatalogueEntry.SegmentEntry>> segments = segments(SEGMENTS + " order by s.position");
		return this.jdbc.query(ENTRIES + " order by m.position", (rs, row) -> entry(rs, segments));
	}

	@Transactional(readOnly = true)
	public Optional<CatalogueEntry> entry(String code) {
		Map<String, List<CatalogueEntry.SegmentEntry>> segments = segments(
				SEGMENTS + " where s.metric_code = ? order by s.position", code);
		return this.jdbc.query(ENTRIES + " where m.code = ?", (rs, row) -> entry(rs, segments), code)
			.stream()
			.findFirst();
	}

	/** The catalogue's history, the latest first. */
	@Transactional(readOnly = true)
	public List<CatalogueChange> history(String metric, int limit) {
		return this.jdbc.query("""
				select metric_code, segment_code, action, summary, changed_by, changed_at from catalogue_change
				where (?::varchar is null or metric_code = ?) order by changed_at desc, id desc limit ?""",
				(rs, row) -> new CatalogueChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getTimestamp(6).toInstant()),
				metric, metric, limit);
	}

	/**
	 * Creates a metric with its first segment, placed before {@code before} on the overview (at the end for
	 * {@code null}).
	 */
	@Transactional
	public void create(MetricDefinition metric, String segmentCode, LocalizedText segmentLabel, String before,
			String user) {
		lockCatalogue();
		checkUnitRules(metric);
		if (exists("select count(*) from metric where code = ?", metric.code())) {
			throw new CatalogueRefusedException("code", "catalogue.code.taken", metric.code());
		}
		int position = placeBefore(before);
		this.jdbc.update("""
				insert into metric (code, position, label_de, label_en, description_de, description_en, unit,
				                    segments_add_up, parts_of_whole, chart_kind)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", metric.code(), position, metric.label().de(),
				metric.label().en(), metric.description().de(), metric.description().en(), metric.unit().code(),
				metric.segmentsAddUp(), metric.partsOfWhole(), code(metric.chartKind()));
		insertSegment(metric.code(), segmentCode, segmentLabel);
		record(metric.code(), null, "created", metric.label().de() + " / " + metric.label().en() + " ("
				+ metric.unit().code() + "), " + segmentCode, user);
	}

	/** Changes the labels, descriptions and chart; the unit and the kind of segments while nothing fixes them. */
	@Transactional
	public void edit(MetricDefinition metric, long version, String user) {
		CatalogueEntry entry = lock(metric.code(), version);
		MetricDefinition old = entry.definition();
		boolean unitChanged = old.unit() != metric.unit() || old.segmentsAddUp() != metric.segmentsAddUp()
				|| old.partsOfWhole() != metric.partsOfWhole();
		if (unitChanged && !entry.unitChangeable()) {
			throw new CatalogueRefusedException("unit", "catalogue.unit.fixed");
		}
		checkUnitRules(metric);
		if (old.equals(metric)) {
			return;
		}
		this.jdbc.update("""
				update metric set label_de = ?, label_en = ?, description_de = ?, description_en = ?, unit = ?,
				                  segments_add_up = ?, parts_of_whole = ?, chart_kind = ?
				where code = ?""", metric.label().de(), metric.label().en(), metric.description().de(),
				metric.description().en(), metric.unit().code(), metric.segmentsAddUp(), metric.partsOfWhole(),
				code(metric.chartKind()), metric.code());
		List<String> what = new ArrayList<>();
		if (!old.label().equals(metric.label())) {
			what.add("label: " + old.label().de() + " / " + old.label().en() + " → " + metric.label().de() + " / "
					+ metric.label().en());
		}
		if (!old.description().equals(metric.description())) {
			what.add("description");
		}
		if (unitChanged) {
			what.add("unit: " + metric.unit().code());
		}
		if (old.chartKind() != metric.chartKind()) {
			what.add("chart: " + (metric.chartKind() == null ? "auto" : metric.chartKind().code()));
		}
		record(metric.code(), null, "edited", String.join("; ", what), user);
	}

	/** Moves a metric one place up ({@code -1}) or down ({@code 1}) among those that are not retired. */
	@Transactional
	public void move(String code, long version, int direction, String user) {
		lock(code, version);
		lockCatalogue();
		List<String> order = this.jdbc.queryForList(
				"select code from metric where retired_at is null order by position", String.class);
		int index = order.indexOf(code);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= order.size()) {
			return;
		}
		String other = order.get(target);
		this.jdbc.update("""
				update metric set position = case code when ? then (select position from metric where code = ?)
				                                       else (select position from metric where code = ?) end
				where code in (?, ?)""", code, other, code, code, other);
		record(code, null, "moved", (direction < 0 ? "up, before " : "down, after ") + other, user);
	}

	/** Takes a published metric out of the next release; the releases that showed it keep it. */
	@Transactional
	public void retire(String code, long version, String user) {
		retire(code, version, true, user);
	}

	/** Brings a retired metric back into the next release, with the figures the draft kept for it. */
	@Transactional
	public void reinstate(String code, long version, String user) {
		retire(code, version, false, user);
	}

	private void retire(String code, long version, boolean retired, String user) {
		CatalogueEntry entry = lock(code, version);
		if (entry.retired() == retired) {
			return;
		}
		this.jdbc.update("update metric set retired_at = ? where code = ?", retired ? Timestamp.from(now()) : null,
				code);
		record(code, null, retired ? "retired" : "reinstated", entry.definition().label().de(), user);
	}

	/** Deletes a metric that no release published and that never had a figure: a mistake, not history. */
	@Transactional
	public void delete(String code, long version, String user) {
		CatalogueEntry entry = lock(code, version);
		if (!entry.deletable()) {
			throw new CatalogueRefusedException(null, entry.published() ? "catalogue.delete.published"
					: "catalogue.delete.hasFigures");
		}
		this.jdbc.update("delete from headline_tile where metric_code = ?", code);
		this.jdbc.update("delete from metric_segment where metric_code = ?", code);
		this.jdbc.update("delete from metric where code = ?", code);
		record(code, null, "deleted", entry.definition().label().de(), user);
	}

	/** Adds a segment at the end of the metric's segments. */
	@Transactional
	public void addSegment(String metric, long version, String segment, LocalizedText label, String user) {
		CatalogueEntry entry = lock(metric, version);
		if (entry.segment(segment).isPresent()) {
			throw new CatalogueRefusedException("segmentCode", "catalogue.segment.taken", segment);
		}
		insertSegment(metric, segment, label);
		record(metric, segment, "created", label.de() + " / " + label.en(), user);
	}

	@Transactional
	public void relabelSegment(String metric, long version, String segment, LocalizedText label, String user) {
		CatalogueEntry entry = lock(metric, version);
		CatalogueEntry.SegmentEntry old = entry.segment(segment)
			.orElseThrow(() -> new CatalogueRefusedException(null, "catalogue.segment.unknown", segment));
		if (old.label().equals(label)) {
			return;
		}
		this.jdbc.update("""
				update metric_segment set label_de = ?, label_en = ? where metric_code = ? and segment_code = ?""",
				label.de(), label.en(), metric, segment);
		record(metric, segment, "edited", old.label().de() + " / " + old.label().en() + " → " + label.de() + " / "
				+ label.en(), user);
	}

	/** Moves a segment one place up ({@code -1}) or down ({@code 1}) among the metric's segments in use. */
	@Transactional
	public void moveSegment(String metric, long version, String segment, int direction, String user) {
		lock(metric, version);
		List<String> order = this.jdbc.queryForList("""
				select segment_code from metric_segment where metric_code = ? and retired_at is null
				order by position""", String.class, metric);
		int index = order.indexOf(segment);
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= order.size()) {
			return;
		}
		String other = order.get(target);
		this.jdbc.update("""
				update metric_segment
				set position = case segment_code
				    when ? then (select position from metric_segment where metric_code = ? and segment_code = ?)
				    else (select position from metric_segment where metric_code = ? and segment_code = ?) end
				where metric_code = ? and segment_code in (?, ?)""", segment, metric, other, metric, segment, metric,
				segment, other);
		record(metric, segment, "moved", (direction < 0 ? "up, before " : "down, after ") + other, user);
	}

	/** Takes a segment out of the next release; the releases that showed it keep it. */
	@Transactional
	public void retireSegment(String metric, long version, String segment, String user) {
		retireSegment(metric, version, segment, true, user);
	}

	@Transactional
	public void reinstateSegment(String metric, long version, String segment, String user) {
		retireSegment(metric, version, segment, false, user);
	}

	private void retireSegment(String metric, long version, String segment, boolean retired, String user) {
		CatalogueEntry entry = lock(metric, version);
		CatalogueEntry.SegmentEntry old = entry.segment(segment)
			.orElseThrow(() -> new CatalogueRefusedException(null, "catalogue.segment.unknown", segment));
		if (old.retired() == retired) {
			return;
		}
		if (retired && entry.segments().stream().filter((s) -> !s.retired()).count() == 1) {
			throw new CatalogueRefusedException(null, "catalogue.segment.last");
		}
		this.jdbc.update("update metric_segment set retired_at = ? where metric_code = ? and segment_code = ?",
				retired ? Timestamp.from(now()) : null, metric, segment);
		record(metric, segment, retired ? "retired" : "reinstated", old.label().de(), user);
	}

	@Transactional
	public void deleteSegment(String metric, long version, String segment, String user) {
		CatalogueEntry entry = lock(metric, version);
		CatalogueEntry.SegmentEntry old = entry.segment(segment)
			.orElseThrow(() -> new CatalogueRefusedException(null, "catalogue.segment.unknown", segment));
		if (!old.deletable()) {
			throw new CatalogueRefusedException(null, old.published() ? "catalogue.delete.published"
					: "catalogue.delete.hasFigures");
		}
		if (entry.segments().size() == 1) {
			throw new CatalogueRefusedException(null, "catalogue.segment.last");
		}
		this.jdbc.update("delete from metric_segment where metric_code = ? and segment_code = ?", metric, segment);
		record(metric, segment, "deleted", old.label().de(), user);
	}

	/** The overview's headline tiles in the draft, in order. */
	@Transactional(readOnly = true)
	public List<HeadlineTile> headlines() {
		return this.jdbc.query("""
				select id, metric_code, segment_code, text_de, text_en, version from headline_tile order by position""",
				(rs, row) -> new HeadlineTile(rs.getLong(1), new Headline(rs.getString(2), rs.getString(3),
						(rs.getString(4) != null) ? new LocalizedText(rs.getString(4), rs.getString(5)) : null),
						rs.getLong(6)));
	}

	/**
	 * Adds a headline tile at the end: a metric's growth or total ({@code segment} {@code null}), or one segment's
	 * growth, under the metric's label or a text of its own ({@code text} {@code null}: the label).
	 */
	@Transactional
	public void addHeadline(String metric, String segment, LocalizedText text, String user) {
		lockCatalogue();
		CatalogueEntry entry = entry(metric)
			.orElseThrow(() -> new CatalogueRefusedException("tile", "catalogue.unknown", metric));
		if (segment != null && entry.segment(segment).isEmpty()) {
			throw new CatalogueRefusedException("tile", "catalogue.segment.unknown", segment);
		}
		if (headlines().stream().anyMatch((h) -> h.headline().metric().equals(metric)
				&& Objects.equals(h.headline().segment(), segment))) {
			throw new CatalogueRefusedException("tile", "catalogue.tile.taken");
		}
		this.jdbc.update("""
				insert into headline_tile (position, metric_code, segment_code, text_de, text_en)
				values ((select coalesce(max(position), 0) + 1 from headline_tile), ?, ?, ?, ?)""", metric, segment,
				(text != null) ? text.de() : null, (text != null) ? text.en() : null);
		record(metric, segment, "tiles", "tile added" + ((text != null) ? ": " + text.de() + " / " + text.en() : ""),
				user);
	}

	/** Removes a headline tile, as it was when the page showed it ({@code version}). */
	@Transactional
	public void removeHeadline(long id, long version, String user) {
		lockCatalogue();
		List<Headline> removed = this.jdbc.query("""
				delete from headline_tile where id = ? and version = ? returning metric_code, segment_code""",
				(rs, row) -> new Headline(rs.getString(1), rs.getString(2), null), id, version);
		if (removed.isEmpty()) {
			throw new CatalogueRefusedException(null, "catalogue.tile.gone");
		}
		record(removed.get(0).metric(), removed.get(0).segment(), "tiles", "tile removed", user);
	}

	/** Moves a headline tile one place up ({@code -1}) or down ({@code 1}). */
	@Transactional
	public void moveHeadline(long id, long version, int direction, String user) {
		lockCatalogue();
		List<HeadlineTile> tiles = headlines();
		int index = -1;
		for (int i = 0; i < tiles.size(); i++) {
			if (tiles.get(i).id() == id && tiles.get(i).version() == version) {
				index = i;
			}
		}
		if (index < 0) {
			throw new CatalogueRefusedException(null, "catalogue.tile.gone");
		}
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= tiles.size()) {
			return;
		}
		long other = tiles.get(target).id();
		this.jdbc.update("""
				update headline_tile
				set version = version + 1,
				    position = case id when ? then (select position from headline_tile where id = ?)
				                       else (select position from headline_tile where id = ?) end
				where id in (?, ?)""", id, other, id, id, other);
		Headline moved = tiles.get(index).headline();
		record(moved.metric(), moved.segment(), "tiles", "tile moved " + (direction < 0 ? "up" : "down"), user);
	}

	/** The metric as it is now, locked until the transaction ends; refused if it changed since {@code version}. */
	private CatalogueEntry lock(String code, long version) {
		List<Long> current = this.jdbc.queryForList("select version from metric where code = ? for update",
				Long.class, code);
		if (current.isEmpty()) {
			throw new CatalogueRefusedException(null, "catalogue.unknown", code);
		}
		if (current.get(0) != version) {
			throw new CatalogueRefusedException(null, "catalogue.conflict");
		}
		return entry(code).orElseThrow();
	}

	/** One creation or move at a time: positions are read and written in one go. */
	private void lockCatalogue() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, 0x5649_5441_4b43L);
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
		Integer position = (before == null) ? null
				: this.jdbc.query("select position from metric where code = ?", (rs, row) -> rs.getInt(1), before)
					.stream()
					.findFirst()
					.orElse(null);
		if (position == null) {
			return this.jdbc.queryForObject("select coalesce(max(position), 0) + 1 from metric", Integer.class);
		}
		this.jdbc.update("update metric set position = position + 1 where position >= ?", position);
		return position;
	}

	private void insertSegment(String metric, String segment, LocalizedText label) {
		this.jdbc.update("""
				insert into segment (code, label_de, label_en) values (?, ?, ?) on conflict (code) do nothing""",
				segment, label.de(), label.en());
		this.jdbc.update("""
				insert into metric_segment (metric_code, segment_code, position, label_de, label_en)
				values (?, ?, (select coalesce(max(position), 0) + 1 from metric_segment where metric_code = ?),
				        ?, ?)""",
				metric, segment, metric, label.de(), label.en());
	}

	private boolean exists(String query, Object... arguments) {
		Integer count = this.jdbc.queryForObject(query, Integer.class, arguments);
		return count != null && count > 0;
	}

	private void record(String metric, String segment, String action, String summary, String user) {
		// every change of a metric or its segments makes the forms opened before it outdated
		this.jdbc.update("update metric set version = version + 1 where code = ?", metric);
		this.jdbc.update("""
				insert into catalogue_change (metric_code, segment_code, action, summary, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)""", metric, segment, action,
				summary.length() > 4000 ? summary.substring(0, 4000) : summary, user, Timestamp.from(now()));
		this.events.publishEvent(new FiguresChanged());
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static String code(ChartKind kind) {
		return (kind == null) ? null : kind.code();
	}

	private Map<String, List<CatalogueEntry.SegmentEntry>> segments(String query, Object... arguments) {
		Map<String, List<CatalogueEntry.SegmentEntry>> segments = new HashMap<>();
		this.jdbc.query(query, (ResultSet rs) -> {
			segments.computeIfAbsent(rs.getString(1), (code) -> new ArrayList<>())
				.add(new CatalogueEntry.SegmentEntry(rs.getString(2),
						new LocalizedText(rs.getString(3), rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6),
						rs.getBoolean(7)));
		}, arguments);
		return segments;
	}

	private static CatalogueEntry entry(ResultSet rs, Map<String, List<CatalogueEntry.SegmentEntry>> segments)
			throws SQLException {
		String code = rs.getString(1);
		MetricDefinition definition = new MetricDefinition(code, new LocalizedText(rs.getString(3), rs.getString(4)),
				new LocalizedText(rs.getString(5), rs.getString(6)), Unit.fromCode(rs.getString(7)), rs.getBoolean(8),
				rs.getBoolean(9), ChartKind.fromCode(rs.getString(10)));
		return new CatalogueEntry(definition, rs.getInt(2), rs.getBoolean(11), rs.getBoolean(13), rs.getInt(14),
				rs.getBoolean(15), rs.getLong(12), List.copyOf(segments.getOrDefault(code, List.of())));
	}

}
