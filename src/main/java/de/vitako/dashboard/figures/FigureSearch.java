package de.vitako.dashboard.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Full-text search over a published release: its metrics' labels and descriptions, their segments, and the notes
 * and sources of their figures, in German and English at once (PostgreSQL's {@code german} and {@code english}
 * dictionaries, so that "Zertifikate" finds "VDI-/VPN-Zertifikate" and "certificates" "VDI/VPN certificates"),
 * ranked by where the words were found (a label counts most). A part of a word ("Zertif") is found in labels too.
 * <p>
 * A release's catalogue is a few hundred rows, so the text vectors are made per query rather than kept in an index.
 * Slashes and hyphens between words ("VDI/VPN") are read as spaces, or the parser would take "VDI/VPN" for one file
 * name.
 */
@Service
public class FigureSearch {

	/** The longest query read; a longer one is cut, never refused. */
	public static final int MAX_QUERY = 200;

	private static final String SEARCH = """
			with q as (
			    select websearch_to_tsquery('german', translate(?, '/', ' ')) as de,
			           websearch_to_tsquery('english', translate(?, '/', ' ')) as en,
			           ? as part, (select id from release where number = ? and status = 'published') as release
			),
			docs as (
			    select m.code as metric, 'label' as field, 4.0 as weight,
			           to_tsvector('german', translate(m.label_de, '/-', '  ')) as de,
			           to_tsvector('english', translate(m.label_en, '/-', '  ')) as en,
			           m.label_de || ' ' || m.label_en || ' ' || m.code as plain
			    from release_metric m, q where m.release_id = q.release
			    union all
			    select m.code, 'description', 1.0, to_tsvector('german', translate(m.description_de, '/-', '  ')),
			           to_tsvector('english', translate(m.description_en, '/-', '  ')), ''
			    from release_metric m, q where m.release_id = q.release
			    union all
			    select s.metric_code, 'segment', 2.0, to_tsvector('german', translate(s.label_de, '/-', '  ')),
			           to_tsvector('english', translate(s.label_en, '/-', '  ')), s.label_de || ' ' || s.label_en
			    from release_metric_segment s, q where s.release_id = q.release
			    union all
			    select distinct f.metric_code, 'note', 1.0, to_tsvector('german', translate(f.note, '/-', '  ')),
			           to_tsvector('english', translate(coalesce(f.note_en, f.note), '/-', '  ')), ''
			    from release_figure f, q where f.release_id = q.release and f.note is not null
			    union all
			    select distinct f.metric_code, 'source', 1.0,
			           to_tsvector('german', translate(f.source_title, '/-', '  ')),
			           to_tsvector('english', translate(f.source_title, '/-', '  ')), ''
			    from release_figure f, q where f.release_id = q.release
			),
			hits as (
			    select d.metric, d.field,
			           d.weight * (ts_rank(d.de, q.de) + ts_rank(d.en, q.en)
			                       + case when length(q.part) >= 3 and d.plain ilike '%' || q.part || '%' escape '\\'
			                              then 0.1 else 0 end) as rank
			    from docs d, q
			    where d.de @@ q.de or d.en @@ q.en
			       or (length(q.part) >= 3 and d.plain ilike '%' || q.part || '%' escape '\\')
			)
			select h.metric, string_agg(distinct h.field, ',') as fields, sum(h.rank) as rank
			from hits h join release_metric m on m.code = h.metric and m.release_id = (select release from q)
			group by h.metric, m.position
			order by rank desc, m.position""";

	private final JdbcTemplate jdbc;

	FigureSearch(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * The metrics of release {@code release} that the query finds, best first; none for a blank query or a release
	 * that was never published.
	 */
	public List<SearchHit> search(String query, int release) {
		String text = (query == null) ? "" : query.strip();
		if (text.isEmpty()) {
			return List.of();
		}
		String cut = text.substring(0, Math.min(text.length(), MAX_QUERY));
		String part = cut.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		List<SearchHit> hits = new ArrayList<>();
		this.jdbc.query(SEARCH, (rs) -> {
			hits.add(new SearchHit(rs.getString(1), Arrays.stream(rs.getString(2).split(","))
				.map(SearchHit.Field::fromCode)
				.sorted()
				.toList()));
		}, cut, cut, part, release);
		return hits;
	}

	/**
	 * A metric the search found, and in which of its texts.
	 *
	 * @param fields where the words were found, in the order of {@link Field}
	 */
	public record SearchHit(String metric, List<Field> fields) {

		/** The texts searched. */
		public enum Field {

			LABEL, SEGMENT, DESCRIPTION, NOTE, SOURCE;

			/** The message key of the field's name: {@code search.field.label}. */
			public String messageKey() {
				return "search.field." + name().toLowerCase(java.util.Locale.ROOT);
			}

			static Field fromCode(String code) {
				return valueOf(code.toUpperCase(java.util.Locale.ROOT));
			}

		}

	}

}
