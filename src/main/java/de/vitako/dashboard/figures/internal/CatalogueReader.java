package de.vitako.dashboard.figures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.SourceInfo;
import de.vitako.dashboard.figures.Unit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a catalogue as plain rows: the draft's (its entries that are not retired) or the copy a release keeps.
 */
public final class CatalogueReader {

	private static final String DRAFT_SEGMENTS = """
			select s.metric_code, s.segment_code, s.label_de, s.label_en from metric_segment s
			where s.retired_at is null order by s.metric_code, s.position""";

	private static final String DRAFT_METRICS = """
			select code, label_de, label_en, description_de, description_en, unit, segments_add_up, parts_of_whole,
			       chart_kind
			from metric where retired_at is null order by position""";

	private static final String RELEASE_SEGMENTS = """
			select metric_code, segment_code, label_de, label_en from release_metric_segment
			where release_id = ? order by metric_code, position""";

	private static final String RELEASE_METRICS = """
			select code, label_de, label_en, description_de, description_en, unit, segments_add_up, parts_of_whole,
			       chart_kind
			from release_metric where release_id = ? order by position""";

	private CatalogueReader() {
	}

	/** The catalogue the next release would publish. */
	public static List<MetricInfo> draft(JdbcTemplate jdbc) {
		return read(jdbc, DRAFT_SEGMENTS, DRAFT_METRICS);
	}

	/** The catalogue release {@code id} published; empty for none. */
	public static List<MetricInfo> release(JdbcTemplate jdbc, long id) {
		return read(jdbc, RELEASE_SEGMENTS, RELEASE_METRICS, id);
	}

	/** The overview's headline tiles as the next release would publish them. */
	public static List<Headline> draftHeadlines(JdbcTemplate jdbc) {
		return jdbc.query("""
				select metric_code, segment_code, text_de, text_en from headline_tile order by position""",
				CatalogueReader::headline);
	}

	/** The headline tiles release {@code id} published. */
	public static List<Headline> releaseHeadlines(JdbcTemplate jdbc, long id) {
		return jdbc.query("""
				select metric_code, segment_code, text_de, text_en from release_headline_tile where release_id = ?
				order by position""", CatalogueReader::headline, id);
	}

	/** The registry's sources, by title. */
	public static Map<String, SourceInfo> draftSources(JdbcTemplate jdbc) {
		return sources(jdbc, "select title, publisher, published_on, url, licence from source");
	}

	/** The sources release {@code id} named, as the registry described them then. */
	public static Map<String, SourceInfo> releaseSources(JdbcTemplate jdbc, long id) {
		return sources(jdbc, """
				select title, publisher, published_on, url, licence from release_source where release_id = ?""", id);
	}

	private static Map<String, SourceInfo> sources(JdbcTemplate jdbc, String query, Object... arguments) {
		Map<String, SourceInfo> sources = new HashMap<>();
		jdbc.query(query, (ResultSet rs) -> {
			sources.put(rs.getString(1), new SourceInfo(rs.getString(1), rs.getString(2),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5)));
		}, arguments);
		return Map.copyOf(sources);
	}

	private static Headline headline(ResultSet rs, int row) throws SQLException {
		String de = rs.getString(3);
		return new Headline(rs.getString(1), rs.getString(2), (de != null) ? new LocalizedText(de, rs.getString(4))
				: null);
	}

	private static List<MetricInfo> read(JdbcTemplate jdbc, String segmentQuery, String metricQuery,
			Object... arguments) {
		Map<String, List<SegmentInfo>> segments = new HashMap<>();
		jdbc.query(segmentQuery, (ResultSet rs) -> {
			segments.computeIfAbsent(rs.getString(1), (code) -> new ArrayList<>())
				.add(new SegmentInfo(rs.getString(2), new LocalizedText(rs.getString(3), rs.getString(4))));
		}, arguments);
		return jdbc.query(metricQuery,
				(rs, row) -> new MetricInfo(rs.getString(1), new LocalizedText(rs.getString(2), rs.getString(3)),
						new LocalizedText(rs.getString(4), rs.getString(5)), Unit.fromCode(rs.getString(6)),
						rs.getBoolean(7), rs.getBoolean(8),
						List.copyOf(segments.getOrDefault(rs.getString(1), List.of())),
						ChartKind.fromCode(rs.getString(9))),
				arguments);
	}

}
