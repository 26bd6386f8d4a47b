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

import javax.sql.DataSource;

import de.vitako.dashboard.figures.Decimals;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
class CsvExporter {

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

	private static final String SELECT = """
			select f.metric_code, f.segment_code, f.year, f.value, m.unit, m.label_de, m.label_en, ms.label_de,
			       ms.label_en, f.source_title, f.source_page, f.note, f.updated_at
			""" + WHERE + "order by m.position, f.year, ms.position";

	private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int FETCH_SIZE = 2_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate readOnly;

	CsvExporter(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Whether any figure matches, checked before streaming so that no empty file looks like success. */
	boolean anyMatch(ExportQuery query) {
		Boolean any = this.jdbc.query(statement("select exists (select 1 " + WHERE + ")", query),
				(ResultSet rs) -> rs.next() && rs.getBoolean(1));
		return Boolean.TRUE.equals(any);
	}

	void write(ExportQuery query, OutputStream out) {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(query.format().delimiter()).get();
		try {
			if (query.format() == ExportFormat.EXCEL) {
				writer.write('\uFEFF');
			}
			CSVPrinter printer = new CSVPrinter(writer, format);
			printer.printRecord(header(query));
			this.readOnly.executeWithoutResult((status) -> this.jdbc.query(statement(SELECT, query),
					(ResultSet rs) -> printRow(printer, rs, query)));
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> header(ExportQuery query) {
		if (query.format() == ExportFormat.CSV) {
			return MACHINE_HEADER;
		}
		return query.english() ? EXCEL_HEADER_EN : EXCEL_HEADER_DE;
	}

	private static void printRow(CSVPrinter printer, ResultSet rs, ExportQuery query) throws SQLException {
		boolean english = query.english();
		boolean excel = query.format() == ExportFormat.EXCEL;
		String value = Decimals.normalise(rs.getBigDecimal(4)).toPlainString();
		String unit = rs.getString(5);
		int page = rs.getInt(11);
		String source = rs.getString(10) + (rs.wasNull() || page == 0 ? "" : (english ? ", p. " : ", S. ") + page);
		OffsetDateTime updated = rs.getObject(13, OffsetDateTime.class)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS);
		try {
			printer.printRecord(rs.getString(1), rs.getString(2), rs.getInt(3), excel ? value.replace('.', ',') : value,
					excel ? unitLabel(unit, english) : unit, CsvCells.neutralise(rs.getString(english ? 7 : 6)),
					CsvCells.neutralise(rs.getString(english ? 9 : 8)), CsvCells.neutralise(source),
					CsvCells.neutralise(rs.getString(12)),
					excel ? EXCEL_TIME.format(updated) : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updated));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String unitLabel(String unit, boolean english) {
		if ("percent".equals(unit)) {
			return english ? "percent" : "Prozent";
		}
		return english ? "number" : "Anzahl";
	}

	private static PreparedStatementCreator statement(String sql, ExportQuery query) {
		return (Connection connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql);
			Array metrics = connection.createArrayOf("varchar", query.metrics().toArray());
			Array segments = connection.createArrayOf("varchar", query.segments().toArray());
			ps.setArray(1, metrics);
			ps.setArray(2, metrics);
			ps.setArray(3, segments);
			ps.setArray(4, segments);
			ps.setInt(5, query.from() == null ? Short.MIN_VALUE : query.from());
			ps.setInt(6, query.to() == null ? Short.MAX_VALUE : query.to());
			return ps;
		};
	}

}
