package de.vitako.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes figures as CSV straight from the database to the client: rows are fetched in batches inside a read-only
 * transaction and printed one by one, so memory stays constant however many figures there are.
 */
@Component
class CsvExporter implements DisposableBean {

	static final List<String> MACHINE_HEADER = List.of("metric", "segment", "year", "value", "unit", "metric_label",
			"segment_label", "source", "note", "updated_at");

	static final List<String> EXCEL_HEADER_DE = List.of("Kennzahl (Code)", "Segment (Code)", "Jahr", "Wert",
			"Einheit", "Kennzahl", "Segment", "Quelle", "Anmerkung", "Geändert am (UTC)");

	static final List<String> EXCEL_HEADER_EN = List.of("Metric (code)", "Segment (code)", "Year", "Value", "Unit",
			"Metric", "Segment", "Source", "Note", "Updated at (UTC)");

	private static final String WHERE = """
			from figure f
			join metric m on m.code = f.metric_code
			join metric_segment ms on ms.metric_code = f.metric_code and ms.segment_code = f.segment_code
			where (cardinality(?) = 0 or f.metric_code = any(?))
			  and (cardinality(?) = 0 or f.segment_code = any(?))
			  and f.year between ? and ?
			""";

	/**
	 * PostgreSQL formats most cells (exact value without trailing zeros, labels in the language asked for, source
	 * with page), so that the JVM mostly copies strings: the database works on the other core.
	 */
	private static final String SELECT = """
			select f.metric_code, f.segment_code, f.year::text,
			       case when ? then replace(trim_scale(f.value)::text, '.', ',') else trim_scale(f.value)::text end,
			       m.unit,
			       case when ? then m.label_en else m.label_de end,
			       case when ? then ms.label_en else ms.label_de end,
			       f.source_title || coalesce(case when ? then ', p. ' else ', S. ' end || f.source_page, ''),
			       f.note,
			       f.updated_at
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
	}

	/** Whether any figure matches, checked before streaming so that no empty file looks like success. */
	boolean anyMatch(ExportQuery query) {
		Boolean any = this.jdbc.query(statement("select exists (select 1 " + WHERE + ")", query, false),
				(ResultSet rs) -> rs.next() && rs.getBoolean(1));
		return Boolean.TRUE.equals(any);
	}

	/**
	 * Streams the rows. A reader thread fetches batches from the database cursor while this thread prints the
	 * batches before, so PostgreSQL and the JVM work at once; the queue between them holds at most a few
	 * thousand rows, so memory stays constant.
	 */
	void write(ExportQuery query, OutputStream out) {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(query.format().delimiter()).get();
		RowPipe pipe = new RowPipe();
		Future<?> reader = this.readers.submit(() -> read(query, pipe));
		try {
			if (query.format() == ExportFormat.EXCEL) {
				writer.write('\uFEFF');
			}
			CSVPrinter printer = new CSVPrinter(writer, format);
			printer.printRecord(header(query));
			for (List<String[]> batch = pipe.take(); !batch.isEmpty(); batch = pipe.take()) {
				for (String[] row : batch) {
					printer.printRecord((Object[]) row);
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			pipe.cancel();
			reader.cancel(false);
		}
	}

	private void read(ExportQuery query, RowPipe pipe) {
		try {
			this.readOnly.executeWithoutResult((status) -> {
				// sort in memory rather than on disk; local to this transaction
				this.jdbc.execute("set local work_mem = '64MB'");
				RowReader rows = new RowReader(query);
				this.jdbc.query(statement(SELECT, query, true), (ResultSet rs) -> pipe.add(rows.row(rs)));
			});
			pipe.finish(null);
		}
		catch (RuntimeException ex) {
			pipe.finish(ex);
		}
	}

	/** Turns a result row into the CSV's cells. */
	private static final class RowReader {

		private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

		private final ExportQuery query;

		private String lastTimestamp = "";

		private String lastFormatted = "";

		RowReader(ExportQuery query) {
			this.query = query;
		}

		String[] row(ResultSet rs) throws SQLException {
			boolean excel = this.query.format() == ExportFormat.EXCEL;
			String unit = rs.getString(5);
			return new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					excel ? unitLabel(unit, this.query.english()) : unit, CsvCells.neutralise(rs.getString(6)),
					CsvCells.neutralise(rs.getString(7)), CsvCells.neutralise(rs.getString(8)),
					CsvCells.neutralise(rs.getString(9)), updatedAt(rs, excel) };
		}

		/** Figures written together share their timestamp, so the last one formatted is usually the next. */
		private String updatedAt(ResultSet rs, boolean excel) throws SQLException {
			String raw = rs.getString(10);
			if (!raw.equals(this.lastTimestamp)) {
				OffsetDateTime utc = rs.getObject(10, OffsetDateTime.class)
					.withOffsetSameInstant(ZoneOffset.UTC)
					.truncatedTo(ChronoUnit.SECONDS);
				this.lastFormatted = excel ? EXCEL_TIME.format(utc) : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc);
				this.lastTimestamp = raw;
			}
			return this.lastFormatted;
		}

	}

	@Override
	public void destroy() {
		this.readers.shutdownNow();
	}

	private static List<String> header(ExportQuery query) {
		if (query.format() == ExportFormat.CSV) {
			return MACHINE_HEADER;
		}
		return query.english() ? EXCEL_HEADER_EN : EXCEL_HEADER_DE;
	}

	private static String unitLabel(String unit, boolean english) {
		if ("percent".equals(unit)) {
			return english ? "percent" : "Prozent";
		}
		return english ? "number" : "Anzahl";
	}

	/** The filters' parameters, after the cell formats' parameters when the statement selects rows. */
	private static PreparedStatementCreator statement(String sql, ExportQuery query, boolean selectsRows) {
		return (Connection connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql);
			int i = 1;
			if (selectsRows) {
				boolean english = query.english();
				ps.setBoolean(i++, query.format() == ExportFormat.EXCEL);
				ps.setBoolean(i++, english);
				ps.setBoolean(i++, english);
				ps.setBoolean(i++, english);
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

}
