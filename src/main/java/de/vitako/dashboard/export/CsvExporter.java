package de.vitako.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import de.vitako.dashboard.figures.FigureRows;

import org.springframework.stereotype.Component;

/**
 * Writes the figures of an export in its format: counted first, so that nobody gets an empty file, then either
 * rendered whole (small exports, which are cached) or streamed straight to the client from {@link FigureRows}, so
 * that memory stays constant however many figures there are.
 */
@Component
class CsvExporter {

	private final FigureRows rows;

	CsvExporter(FigureRows rows) {
		this.rows = rows;
	}

	/** How many figures match. */
	int count(ExportQuery query) {
		return this.rows.count(query.filter());
	}

	/** The whole export in memory, with the release it shows. */
	Rendered render(ExportQuery query) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
		try (CsvWriter csv = new CsvWriter(query, bytes)) {
			this.rows.forEach(query.filter(), csv::write);
		}
		return new Rendered(query.release(), bytes.toByteArray());
	}

	/**
	 * Writes the export as an Excel workbook to {@code out}: rows stream from the database into the workbook's
	 * temporary file, which is then zipped into {@code out}.
	 */
	void xlsx(ExportQuery query, List<String[]> metadata, Instant asOf, OutputStream out) {
		try (XlsxWriter xlsx = new XlsxWriter(query, asOf)) {
			this.rows.stream(query.filter(), xlsx::write);
			xlsx.finish(metadata, out);
		}
	}

	/** Streams the export to {@code out}, formatting rows while the next ones are read. */
	void stream(ExportQuery query, OutputStream out) {
		try (CsvWriter csv = new CsvWriter(query, out)) {
			this.rows.stream(query.filter(), csv::write);
		}
	}

	/** An export rendered whole, and the release it shows. */
	record Rendered(long revision, byte[] bytes) {
	}

}
