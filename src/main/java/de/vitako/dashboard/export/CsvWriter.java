package de.vitako.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.vitako.dashboard.figures.FigureRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one export: the byte order mark and semicolons for Excel, the header in the export's language, then
 * each row as {@link CsvRowFormatter} makes its cells. RFC 4180 quoting by Apache Commons CSV.
 */
final class CsvWriter implements AutoCloseable {

	private final CSVPrinter printer;

	private final CsvRowFormatter formatter;

	CsvWriter(ExportQuery query, OutputStream out) {
		this.formatter = new CsvRowFormatter(query);
		try {
			BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			if (query.format() == ExportFormat.EXCEL) {
				writer.write('\uFEFF');
			}
			this.printer = new CSVPrinter(writer,
					CSVFormat.RFC4180.builder().setDelimiter(query.format().delimiter()).get());
			this.printer.printRecord(header(query));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void write(FigureRow row) {
		try {
			this.printer.printRecord((Object[]) this.formatter.cells(row));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Flushes what is buffered; the stream underneath stays open. */
	@Override
	public void close() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> header(ExportQuery query) {
		if (query.format() == ExportFormat.CSV) {
			return ExportColumn.MACHINE_HEADER;
		}
		return query.english() ? ExportColumn.HEADER_EN : ExportColumn.HEADER_DE;
	}

}
