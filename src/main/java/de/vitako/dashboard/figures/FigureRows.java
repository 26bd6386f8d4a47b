package de.vitako.dashboard.figures;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import de.vitako.dashboard.figures.internal.RowPipe;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures as rows, for the exports and the figures query, which only format them: counted, handed over on the
 * caller's thread in one read-only transaction, or streamed from a reader thread beside the caller's, so that
 * memory stays constant however many figures there are and both cores work. The one place outside the module's
 * own services that reads the figures' tables.
 * <p>
 * The catalogue's order and labels are read once per read, and the figures metric by metric in the catalogue's
 * order, each metric's in year order from its index, put into segment order in Java a year at a time. Joining the
 * labels and sorting a million rows in SQL cost PostgreSQL three times the work (bench/export.sh), and the rows
 * come as soon as the first metric's are read.
 */
@Component
public class FigureRows implements DisposableBean {

	private static final String FILTER = """
			(cardinality(?) = 0 or f.segment_code = any(?)) and f.year between ? and ?""";

	private static final String RELEASE = """
			f.release_id = (select id from release where number = ? and status = 'published')""";

	private static final String COUNT = "select count(*)::int from release_figure f where " + RELEASE
			+ " and (cardinality(?) = 0 or f.metric_code = any(?)) and " + FILTER;

	private static final String COUNT_DRAFT = "select count(*)::int from figure f "
			+ "where (cardinality(?) = 0 or f.metric_code = any(?)) and " + FILTER;

	/** The draft's catalogue, without what is retired, for the preview. */
	private static final String METRICS_DRAFT = """
			select code, unit, label_de, label_en from metric
			where retired_at is null and (cardinality(?) = 0 or code = any(?)) order by position""";

	private static final String SEGMENTS_DRAFT = """
			select metric_code, segment_code, label_de, label_en from metric_segment
			where retired_at is null and (cardinality(?) = 0 or metric_code = any(?)) order by metric_code, position""";

	/** The catalogue as the release published it: its order and labels, whatever changed since. */
	private static final String METRICS = """
			select m.code, m.unit, m.label_de, m.label_en from release_metric m
			where m.release_id = (select id from release where number = ? and status = 'published')
			  and (cardinality(?) = 0 or m.code = any(?)) order by m.position""";

	private static final String SEGMENTS = """
			select s.metric_code, s.segment_code, s.label_de, s.label_en from release_metric_segment s
			where s.release_id = (select id from release where number = ? and status = 'published')
			  and (cardinality(?) = 0 or s.metric_code = any(?)) order by s.metric_code, s.position""";

	/** A release's figures of one metric, each with the time of the release that last changed it. */
	private static final String FIGURES = """
			select f.segment_code, f.year, f.value, f.source_title, f.source_page, f.note, changed.published_at,
			       f.status, f.note_en, f.respondents, f.invited
			from release_figure f join release changed on changed.number = f.changed_release
			where""" + " " + RELEASE + " and f.metric_code = ? and " + FILTER + " order by f.year";

	/** The draft's figures of one metric, for the preview. */
	private static final String FIGURES_DRAFT = """
			select f.segment_code, f.year, f.value, f.source_title, f.source_page, f.note, f.updated_at, f.status,
			       f.note_en, f.respondents, f.invited
			from figure f where f.metric_code = ? and""" + " " + FILTER + " order by f.year";

	private static final int FETCH_SIZE = 5_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final ExecutorService readers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "figure-row-reader");
		thread.setDaemon(true);
		return thread;
	});

	FigureRows(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** How many figures match. */
	public int count(FigureFilter query) {
		Integer count = this.jdbc.query((Connection connection) -> {
			if (query.release() == FigureFilter.DRAFT) {
				PreparedStatement ps = connection.prepareStatement(COUNT_DRAFT);
				filter(ps, codes(ps, 1, query.metrics()), query);
				return ps;
			}
			PreparedStatement ps = connection.prepareStatement(COUNT);
			ps.setInt(1, query.release());
			filter(ps, codes(ps, 2, query.metrics()), query);
			return ps;
		}, (ResultSet rs) -> rs.next() ? rs.getInt(1) : 0);
		return count == null ? 0 : count;
	}

	/**
	 * Hands every matching figure to {@code rows} on this thread, in the catalogue's order, while a reader thread
	 * fetches and decodes the next ones, with a few thousand rows between them: memory stays constant and both
	 * cores work (bench/export.sh). For large answers.
	 */
	public void stream(FigureFilter query, Consumer<FigureRow> rows) {
		RowPipe<FigureRow> pipe = new RowPipe<>();
		Future<?> reader = this.readers.submit(() -> {
			try {
				this.readOnly.executeWithoutResult((status) -> read(query, pipe::add));
				pipe.finish(null);
			}
			catch (RuntimeException ex) {
				pipe.finish(ex);
			}
		});
		try {
			for (List<FigureRow> batch = pipe.take(); !batch.isEmpty(); batch = pipe.take()) {
				batch.forEach(rows);
			}
		}
		finally {
			pipe.cancel();
			reader.cancel(false);
		}
	}

	/** Hands every matching figure to {@code rows}, in the catalogue's order, on this thread, in one read. */
	public void forEach(FigureFilter query, Consumer<FigureRow> rows) {
		this.readOnly.executeWithoutResult((status) -> read(query, rows));
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

	/** Every matching figure, in the catalogue's order; inside one transaction, so all reads see one state. */
	private void read(FigureFilter query, Consumer<FigureRow> rows) {
		boolean english = query.english();
		Map<String, Map<String, SegmentLabel>> segments = new HashMap<>();
		this.jdbc.query(catalogueStatement(SEGMENTS_DRAFT, SEGMENTS, query), (ResultSet rs) -> {
			Map<String, SegmentLabel> ofMetric = segments.computeIfAbsent(rs.getString(1), (code) -> new HashMap<>());
			ofMetric.put(rs.getString(2), new SegmentLabel(ofMetric.size(), rs.getString(english ? 4 : 3)));
		});
		List<MetricLabel> metrics = this.jdbc.query(catalogueStatement(METRICS_DRAFT, METRICS, query),
				(rs, row) -> new MetricLabel(rs.getString(1), rs.getString(2), rs.getString(english ? 4 : 3)));
		RowReader reader = new RowReader();
		for (MetricLabel metric : metrics) {
			YearInSegmentOrder year = new YearInSegmentOrder(segments.getOrDefault(metric.code(), Map.of()), rows);
			this.jdbc.query((Connection connection) -> {
				if (query.release() == FigureFilter.DRAFT) {
					PreparedStatement ps = connection.prepareStatement(FIGURES_DRAFT);
					ps.setString(1, metric.code());
					filter(ps, 2, query);
					return ps;
				}
				PreparedStatement ps = connection.prepareStatement(FIGURES);
				ps.setInt(1, query.release());
				ps.setString(2, metric.code());
				filter(ps, 3, query);
				return ps;
			}, (ResultSet rs) -> {
				// the draft may hold figures of a retired segment: the next release leaves them out, so does this
				if (year.segments.containsKey(rs.getString(1))) {
					year.add(reader.row(rs, metric, year.segments));
				}
			});
			year.flush();
		}
	}

	/** The draft's catalogue for the preview, else the one of the release asked for. */
	private static PreparedStatementCreator catalogueStatement(String draft, String release, FigureFilter query) {
		return (Connection connection) -> {
			if (query.release() == FigureFilter.DRAFT) {
				PreparedStatement ps = connection.prepareStatement(draft);
				codes(ps, 1, query.metrics());
				return ps;
			}
			PreparedStatement ps = connection.prepareStatement(release);
			ps.setInt(1, query.release());
			codes(ps, 2, query.metrics());
			return ps;
		};
	}

	/** Binds a list of codes, or none for all, to the statement's {@code cardinality(?) = 0 or x = any(?)}. */
	private static int codes(PreparedStatement ps, int index, List<String> codes) throws SQLException {
		Array array = ps.getConnection().createArrayOf("varchar", codes.toArray());
		ps.setArray(index, array);
		ps.setArray(index + 1, array);
		return index + 2;
	}

	/** Binds the segment and year filters. */
	private static void filter(PreparedStatement ps, int index, FigureFilter query) throws SQLException {
		int i = codes(ps, index, query.segments());
		ps.setInt(i, query.from() == null ? Short.MIN_VALUE : query.from());
		ps.setInt(i + 1, query.to() == null ? Short.MAX_VALUE : query.to());
	}

	private record MetricLabel(String code, String unit, String label) {
	}

	private record SegmentLabel(int position, String label) {
	}

	/** Reads result rows; figures written together share their time, so the last one read is usually the next. */
	private static final class RowReader {

		private String lastTime = "";

		private Instant lastInstant;

		FigureRow row(ResultSet rs, MetricLabel metric, Map<String, SegmentLabel> segments) throws SQLException {
			String time = rs.getString(7);
			if (!time.equals(this.lastTime)) {
				this.lastInstant = rs.getObject(7, OffsetDateTime.class).toInstant();
				this.lastTime = time;
			}
			String segment = rs.getString(1);
			SegmentLabel label = segments.get(segment);
			return new FigureRow(metric.code(), segment, rs.getInt(2), rs.getBigDecimal(3), metric.unit(), metric.label(),
					(label != null) ? label.label() : segment, rs.getString(4), rs.getObject(5, Integer.class),
					rs.getString(6), this.lastInstant, FigureStatus.fromCode(rs.getString(8)), rs.getString(9),
					FigureBasis.of(rs.getObject(10, Integer.class), rs.getObject(11, Integer.class)));
		}

	}

	/** Collects one metric's rows of a year, as they come in year order, and hands them on in segment order. */
	private static final class YearInSegmentOrder {

		private final Map<String, SegmentLabel> segments;

		private final Consumer<FigureRow> next;

		private final List<FigureRow> year = new ArrayList<>();

		private final Comparator<FigureRow> segmentOrder;

		YearInSegmentOrder(Map<String, SegmentLabel> segments, Consumer<FigureRow> next) {
			this.segments = segments;
			this.next = next;
			this.segmentOrder = Comparator.comparingInt((row) -> position(row.segment()));
		}

		void add(FigureRow row) {
			if (!this.year.isEmpty() && this.year.get(0).year() != row.year()) {
				flush();
			}
			this.year.add(row);
		}

		void flush() {
			this.year.sort(this.segmentOrder);
			this.year.forEach(this.next);
			this.year.clear();
		}

		private int position(String segment) {
			SegmentLabel label = this.segments.get(segment);
			return (label != null) ? label.position() : Integer.MAX_VALUE;
		}

	}

}
