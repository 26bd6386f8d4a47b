package de.vitako.dashboard.figures.releases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import de.vitako.dashboard.figures.internal.Metrics;
import de.vitako.dashboard.figures.internal.ReleaseMetrics;
import de.vitako.dashboard.figures.internal.StoredRelease;
import de.vitako.dashboard.figures.internal.StoredReleases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the draft would change if it were published now, against the latest release: each figure that differs
 * (with who changed it last), the catalogue's changes, the headline tiles and the sources whose details changed.
 * Read in the caller's transaction: {@link Publisher} reads it once for the review page and once more, under its
 * lock, before it freezes a release.
 */
@Component
class DraftDiffReader {

	/** The draft's figures that a release publishes: those of metrics and segments that are not retired. */
	static final String PUBLISHABLE = """
			select f.* from figure f
			join metric m on m.code = f.metric_code and m.retired_at is null
			join metric_segment s on s.metric_code = f.metric_code and s.segment_code = f.segment_code
			                     and s.retired_at is null""";

	private final JdbcTemplate jdbc;

	private final Metrics metrics;

	private final StoredReleases releases;

	private final ReleaseMetrics releaseMetrics;

	DraftDiffReader(JdbcTemplate jdbc, Metrics metrics, StoredReleases releases, ReleaseMetrics releaseMetrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
		this.releases = releases;
		this.releaseMetrics = releaseMetrics;
	}

	DraftDiff read() {
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
				DraftDiffReader::figureDiff, latest);
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
