package de.vitako.dashboard.admin.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The files to fill in for a new year, as CSV and as an Excel workbook: one row per metric and segment of the
 * draft's catalogue, codes and labels filled in, the values, flags, pages and notes empty, and the source the team
 * chose for the year, or none: last year's source would attribute the new figures to last year's brochure. Both
 * import as they are (their empty rows are "not reported"), and with values filled in as new figures.
 */
@Component
class ImportTemplate {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** The columns: what the import reads, then the labels a person needs (ignored when read back). */
	private static final List<String> HEADER_DE = List.of("Kennzahl (Code)", "Bereich (Code)", "Jahr", "Wert",
			"Vermerk", "Quelle", "Seite", "Anmerkung", "Anmerkung (Englisch)", "Kennzahl", "Bereich");

	private static final List<String> HEADER_EN = List.of("Metric (code)", "Segment (code)", "Year", "Value",
			"Flag", "Source", "Page", "Note", "Note (English)", "Metric", "Segment");

	private static final int[] WIDTHS = { 22, 18, 8, 12, 12, 60, 8, 30, 30, 40, 30 };

	private final FigureSnapshots snapshots;

	ImportTemplate(FigureSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** The year after the draft's latest. */
	int nextYear() {
		int latest = this.snapshots.draft()
			.metrics()
			.stream()
			.flatMap((m) -> m.years().stream())
			.max(Integer::compare)
			.orElse(2020);
		return Math.min(latest + 1, 2100);
	}

	/**
	 * UTF-8 with a byte order mark, as Excel opens it with a double click: separated by semicolons in German (German
	 * Excel's list separator, and the import reads its numbers as the German form does), by commas in English (English
	 * Excel's, read as the English form does), so that a value typed as the admin writes numbers reads back as typed.
	 */
	byte[] csv(int year, String source, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		char separator = Language.of(locale).english() ? ',' : ';';
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
			printer.printRecord(header(locale));
			for (Line line : lines(locale)) {
				printer.printRecord(line.metric(), line.segment(), year, "", "", SpreadsheetCells.neutralise(source),
						"", "", "", SpreadsheetCells.neutralise(line.metricLabel()),
						SpreadsheetCells.neutralise(line.segmentLabel()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A workbook whose texts are string cells (never formulas), the year a number, the header bold and frozen. */
	byte[] xlsx(int year, String source, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(Language.of(locale).pick("Kennzahlen", "figures"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			List<String> header = header(locale);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
				first.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			int number = 1;
			for (Line line : lines(locale)) {
				Row row = sheet.createRow(number++);
				row.createCell(0).setCellValue(line.metric());
				row.createCell(1).setCellValue(line.segment());
				row.createCell(2).setCellValue(year);
				if (!source.isEmpty()) {
					row.createCell(5).setCellValue(source);
				}
				row.createCell(9).setCellValue(line.metricLabel());
				row.createCell(10).setCellValue(line.segmentLabel());
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, number - 1, 0, header.size() - 1));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> header(Locale locale) {
		return Language.of(locale).english() ? HEADER_EN : HEADER_DE;
	}

	private List<Line> lines(Locale locale) {
		FigureSnapshot draft = this.snapshots.draft();
		List<Line> lines = new ArrayList<>();
		for (MetricData data : draft.metrics()) {
			for (SegmentInfo segment : data.metric().segments()) {
				lines.add(new Line(data.metric().code(), segment.code(), data.metric().label().in(locale),
						segment.label().in(locale)));
			}
		}
		return lines;
	}

	/** A row of the template: a metric's segment with its labels. */
	private record Line(String metric, String segment, String metricLabel, String segmentLabel) {
	}

}
