package de.vitako.dashboard.figures;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a catalogue as plain rows: the draft's (its entries that are not retired) or the copy a release keeps.
 */
final class CatalogueReader {

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
	static List<MetricInfo> draft(JdbcTemplate jdbc) {
		return read(jdbc, DRAFT_SEGMENTS, DRAFT_METRICS);
	}

	/** The catalogue release {@code id} published; empty for none. */
	static List<MetricInfo> release(JdbcTemplate jdbc, long id) {
		return read(jdbc, RELEASE_SEGMENTS, RELEASE_METRICS, id);
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
