package de.vitako.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.Deflater;

import de.vitako.dashboard.figures.FigureRow;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes an export as an Excel workbook with Apache POI's streaming writer (SXSSF): the figures go to a temporary
 * file as the sheet's XML as they come ({@link FastSheetDataWriter}), so a million rows need no more heap than a
 * hundred.
 * <ul>
 * <li>Values are numeric cells with a number format that fits the unit ({@code #,##0}, {@code 0.0 "%"},
 * {@code #,##0.00 "€"}), years are numbers, the time of change a date.</li>
 * <li>Every text is a string cell, never a formula: a note that starts with {@code =} stays text.</li>
 * <li>The header is bold and frozen, with a filter and column widths; German headers unless {@code lang=en}.</li>
 * <li>A second sheet, "Metadaten" / "Metadata", says where the figures come from, under which licence, which
 * release they are and when the file was made.</li>
 * </ul>
 */
final class XlsxWriter implements AutoCloseable {

	private static final int[] WIDTHS = { 24, 26, 7, 12, 16, 9, 40, 28, 44, 30, 30, 19, 14, 11 };

	private static final int WINDOW = 200;

	/** The few styles' numbers as text, made once. */
	private static final String[] STYLE_INDEXES = IntStream.range(0, 64)
		.mapToObj(Integer::toString)
		.toArray(String[]::new);

	/**
	 * Compressed at deflate's fastest level: the file is a third larger, written in a fraction of the time. Every
	 * file in it is dated by the data, not by the clock, so that the same figures make the same bytes (one ETag,
	 * one file).
	 */
	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW) {

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
			ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {

				@Override
				public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
					entry.setTime(XlsxWriter.this.asOf.toEpochMilli());
					super.putArchiveEntry(entry);
				}

			};
			zip.setUseZip64(Zip64Mode.AsNeeded);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

		@Override
		protected SheetDataWriter createSheetDataWriter() throws IOException {
			XlsxWriter.this.lastWriter = new FastSheetDataWriter();
			return XlsxWriter.this.lastWriter;
		}

	};

	private final SXSSFSheet sheet;

	/** The sheet writer POI made last: after the figures' sheet is made, that sheet's. */
	private FastSheetDataWriter lastWriter;

	/** Where the figures' rows are written, straight as XML. */
	private final FastSheetDataWriter data;

	/** The last time of change and its Excel date: a release's figures share a few. */
	private Instant lastChange;

	private String lastChangeSerial;

	private final boolean english;

	private final CellStyle year;

	private final CellStyle count;

	private final CellStyle percent;

	private final CellStyle euro;

	private final CellStyle time;

	/**
	 * The style of text cells, set on each: a cell without one asks its column for a default, which costs POI an
	 * XML lookup per cell.
	 */
	private final CellStyle text;

	private int rows;

	/** When the figures were published: the workbook's date. */
	private final Instant asOf;

	/**
	 * @param asOf when the figures were published (the draft's: now), the date of the workbook and of its files
	 */
	XlsxWriter(ExportQuery query, Instant asOf) {
		this.asOf = asOf;
		this.workbook.setCompressTempFiles(false);
		this.workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(
				Date.from(asOf)));
		this.english = query.english();
		DataFormat formats = this.workbook.createDataFormat();
		this.year = style(formats, "0");
		this.count = style(formats, "#,##0");
		this.percent = style(formats, "0.0\" %\"");
		this.euro = style(formats, "#,##0.00\" €\"");
		this.time = style(formats, "yyyy-mm-dd hh:mm:ss");
		this.text = this.workbook.getCellStyleAt(0);
		this.sheet = this.workbook.createSheet(this.english ? "Figures" : "Kennzahlen");
		List<String> header = this.english ? ExportColumn.HEADER_EN : ExportColumn.HEADER_DE;
		CellStyle bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row first = this.sheet.createRow(this.rows++);
		for (int i = 0; i < header.size(); i++) {
			Cell cell = first.createCell(i);
			cell.setCellValue(header.get(i));
			cell.setCellStyle(bold);
			this.sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		this.sheet.createFreezePane(0, 1);
		this.data = this.lastWriter;
		try {
			// the header goes out first; the figures follow it straight into the sheet's XML
			this.sheet.flushRows();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void write(FigureRow figure) {
		FastSheetDataWriter out = this.data;
		String text = index(this.text);
		out.startRow(this.rows++);
		out.text(0, figure.metric(), text);
		out.text(1, figure.segment(), text);
		out.number(2, Integer.toString(figure.year()), index(this.year));
		CellStyle unit = switch (figure.unit()) {
			case "percent" -> this.percent;
			case "euro" -> this.euro;
			default -> this.count;
		};
		// a confidential figure has an empty value cell and its flag beside it
		if (figure.value() != null) {
			out.number(3, figure.value().stripTrailingZeros().toPlainString(), index(unit));
		}
		if (figure.status() != null) {
			out.text(4, figure.status().label(this.english ? Locale.ENGLISH : Locale.GERMAN), text);
		}
		out.text(5, CsvRowFormatter.unitLabel(figure.unit(), this.english), text);
		out.text(6, figure.metricLabel(), text);
		out.text(7, figure.segmentLabel(), text);
		out.text(8, CsvRowFormatter.source(figure, this.english), text);
		out.text(9, figure.note(), text);
		out.text(10, figure.noteEn(), text);
		if (!figure.updatedAt().equals(this.lastChange)) {
			this.lastChange = figure.updatedAt();
			this.lastChangeSerial = Double.toString(
					DateUtil.getExcelDate(LocalDateTime.ofInstant(figure.updatedAt(), ZoneOffset.UTC).withNano(0)));
		}
		out.number(11, this.lastChangeSerial, index(this.time));
		if (figure.basis() != null) {
			out.number(12, Integer.toString(figure.respondents()), index(this.year));
			out.number(13, Integer.toString(figure.invited()), index(this.year));
		}
		out.endRow();
	}

	/** A style's number in the workbook, as the cells' {@code s} attribute names it. */
	private static String index(CellStyle style) {
		return STYLE_INDEXES[style.getIndex()];
	}

	/**
	 * Adds the metadata sheet and writes the workbook to {@code out}.
	 * @param metadata label and value pairs, in the export's language
	 */
	void finish(List<String[]> metadata, OutputStream out) {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.rows - 1), 0, WIDTHS.length - 1));
		Sheet about = this.workbook.createSheet(this.english ? "Metadata" : "Metadaten");
		about.setColumnWidth(0, 24 * 256);
		about.setColumnWidth(1, 100 * 256);
		for (int i = 0; i < metadata.size(); i++) {
			Row row = about.createRow(i);
			row.createCell(0).setCellValue(metadata.get(i)[0]);
			row.createCell(1).setCellValue(metadata.get(i)[1]);
		}
		try {
			this.workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Deletes the temporary file. */
	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.workbook.dispose();
		}
	}

	private CellStyle style(DataFormat formats, String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(formats.getFormat(format));
		return style;
	}

}
