package de.vitako.dashboard.figures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.SourceInfo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the overview's headline tiles and the sources' details as plain rows: the draft's, or the copy a release
 * keeps. The metrics and segments are read through their entities ({@link Metric}, {@link ReleaseMetric}).
 */
public final class CatalogueReader {

	private CatalogueReader() {
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

}
