package de.vitako.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the figures of an export from the database: counted first, so that nobody gets an empty file, then
 * either rendered whole (small exports, which are cached) or streamed straight to the client from a cursor, so
 * that memory stays constant however many figures there are.
 */
@Component
class CsvExporter implements DisposableBean {

	private static final String WHERE = """
			from figure f
			join metric m on m.code = f.metric_code
			join metric_segment ms on ms.metric_code = f.metric_code and ms.segment_code = f.segment_code
			where (cardinality(?) = 0 or f.metric_code = any(?))
			  and (cardinality(?) = 0 or f.segment_code = any(?))
			  and f.year between ? and ?
			""";

	private static final String SELECT = """
			select f.metric_code, f.segment_code, f.year, f.value, m.unit,
			       case when ? then m.label_en else m.label_de end,
			       case when ? then ms.label_en else ms.label_de end,
			       f.source_title, f.source_page, f.note, f.updated_at
			""" + WHERE + "order by m.position, f.year, ms.position";

	private static final int FETCH_SIZE = 5_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	private final ExecutorService readers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "csv-export-reader");
		thread.setDaemon(true);
		return thread;
	});

	CsvExporter(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** How many figures match. */
	int count(ExportQuery query) {
		Integer count = this.jdbc.query(statement("select count(*)::int " + WHERE, query, false),
				(ResultSet rs) -> rs.next() ? rs.getInt(1) : 0);
		return count == null ? 0 : count;
	}

	/** The whole export in memory, with the data revision it shows (read in the same transaction). */
	Rendered render(ExportQuery query) {
		return this.readOnly.execute((status) -> {
			long revision = this.jdbc.queryForObject("select revision from data_revision where id = 1", Long.class);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
			write(query, bytes);
			return new Rendered(revision, bytes.toByteArray());
		});
	}

	/**
	 * Streams the export to {@code out} from a database cursor. A reader thread fetches and decodes rows while this
	 * thread formats and sends the ones before, with a few thousand rows between them, so memory stays constant:
	 * on two cores that halves the time of a million rows (bench/export.sh).
	 */
	void stream(ExportQuery query, OutputStream out) {
		RowPipe<CsvRow> pipe = new RowPipe<>();
		Future<?> reader = this.readers.submit(() -> {
			try {
				this.readOnly.executeWithoutResult((status) -> {
					// sort in memory rather than on disk; local to this transaction
					this.jdbc.execute("set local work_mem = '64MB'");
					RowReader rows = new RowReader();
					this.jdbc.query(statement(SELECT, query, true), (ResultSet rs) -> pipe.add(rows.row(rs)));
				});
				pipe.finish(null);
			}
			catch (RuntimeException ex) {
				pipe.finish(ex);
			}
		});
		try (CsvWriter csv = new CsvWriter(query, out)) {
			for (List<CsvRow> batch = pipe.take(); !batch.isEmpty(); batch = pipe.take()) {
				batch.forEach(csv::write);
			}
		}
		finally {
			pipe.cancel();
			reader.cancel(false);
		}
	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

	private void write(ExportQuery query, OutputStream out) {
		try (CsvWriter csv = new CsvWriter(query, out)) {
			RowReader rows = new RowReader();
			this.jdbc.query(statement(SELECT, query, true), (ResultSet rs) -> {
				csv.write(rows.row(rs));
			});
		}
	}

	/** Reads result rows; figures written together share their time, so the last one read is usually the next. */
	private static final class RowReader {

		private String lastTime = "";

		private Instant lastInstant;

		CsvRow row(ResultSet rs) throws SQLException {
			String time = rs.getString(11);
			if (!time.equals(this.lastTime)) {
				this.lastInstant = rs.getObject(11, OffsetDateTime.class).toInstant();
				this.lastTime = time;
			}
			return new CsvRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, Integer.class),
					rs.getString(10), this.lastInstant);
		}

	}

	/** The filters' parameters, after the labels' language when the statement selects rows. */
	private static PreparedStatementCreator statement(String sql, ExportQuery query, boolean selectsRows) {
		return (Connection connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql);
			int i = 1;
			if (selectsRows) {
				ps.setBoolean(i++, query.english());
				ps.setBoolean(i++, query.english());
			}
			Array metrics = connection.createArrayOf("varchar", query.metrics().toArray());
			Array segments = connection.createArrayOf("varchar", query.segments().toArray());
			ps.setArray(i++, metrics);
			ps.setArray(i++, metrics);
			ps.setArray(i++, segments);
			ps.setArray(i++, segments);
			ps.setInt(i++, query.from() == null ? Short.MIN_VALUE : query.from());
			ps.setInt(i, query.to() == null ? Short.MAX_VALUE : query.to());
			return ps;
		};
	}

	/** An export rendered whole, and the data revision it shows. */
	record Rendered(long revision, byte[] bytes) {
	}

}
