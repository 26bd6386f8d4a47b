package de.vitako.dashboard.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import de.vitako.dashboard.spreadsheets.Sheet.CellProblem;
import de.vitako.dashboard.spreadsheets.Sheet.NumberStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading uploaded Excel workbooks: typed numbers, the sheet to read, formulas and dates, and hostile files made by
 * hand (a zip bomb, an external entity) that must be refused without being expanded or resolved.
 */
class XlsxSheetReaderTests {

	@Test
	void readsTypedNumbersPlainlyAndAPercentFormatAsThePercentItShows() throws Exception {
		byte[] file = workbook((book) -> {
			XSSFSheet sheet = book.createSheet("Kennzahlen");
			CellStyle percent = style(book, "0.0%");
			CellStyle grouped = style(book, "#,##0");
			CellStyle literalPercent = style(book, "0.0\" %\"");
			// a blank first row, and a header after it
			header(sheet.createRow(1));
			row(sheet.createRow(2), "devices_ordered", "schools", 196900, grouped);
			row(sheet.createRow(3), "device_types", "laptops", 0.731, percent).createCell(4).setCellValue("=nicht rechnen");
			Row row = row(sheet.createRow(4), "device_types", "tablets", 26.9, literalPercent);
			row.createCell(9).setCellValue("");
		});
		Sheet sheet = XlsxSheetReader.read(file);
		assertThat(sheet.kind()).isEqualTo("Excel, Kennzahlen");
		assertThat(sheet.header()).containsExactly("metric", "segment", "year", "value", "note");
		assertThat(sheet.numbers()).isEqualTo(NumberStyle.ENGLISH);
		assertThat(sheet.problems()).isEmpty();
		assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(3, 4, 5);
		assertThat(sheet.rows()).extracting((row) -> row.cell(2) + " " + row.cell(3))
			.containsExactly("2021 196900", "2021 73.1", "2021 26.9");
		// a text that starts with "=" is a string cell: read as the text it is
		assertThat(sheet.rows().get(1).cell(4)).isEqualTo("=nicht rechnen");
	}

	@Test
	void readsTheSheetNamedKennzahlenOrFiguresElseTheFirst() throws Exception {
		byte[] named = workbook((book) -> {
			book.createSheet("Hinweise").createRow(0).createCell(0).setCellValue("Bitte ausfüllen");
			XSSFSheet sheet = book.createSheet("Figures");
			header(sheet.createRow(0));
			sheet.createRow(1).createCell(3).setCellValue(1);
		});
		assertThat(XlsxSheetReader.read(named).kind()).isEqualTo("Excel, Figures");
		byte[] first = workbook((book) -> {
			XSSFSheet sheet = book.createSheet("Tabelle1");
			header(sheet.createRow(0));
			sheet.createRow(1).createCell(3).setCellValue(1);
			book.createSheet("Tabelle2");
		});
		assertThat(XlsxSheetReader.read(first).kind()).isEqualTo("Excel, Tabelle1");
	}

	@Test
	void namesEveryCellThatHoldsAFormulaOrADate() throws Exception {
		byte[] file = workbook((book) -> {
			XSSFSheet sheet = book.createSheet("Kennzahlen");
			CellStyle date = style(book, "dd.mm.yyyy");
			header(sheet.createRow(0));
			Row row = sheet.createRow(1);
			row.createCell(3).setCellFormula("2*3");
			row = sheet.createRow(2);
			row.createCell(3).setCellValue(LocalDate.of(2021, 3, 1));
			row.getCell(3).setCellStyle(date);
		});
		Sheet sheet = XlsxSheetReader.read(file);
		assertThat(sheet.problems()).containsExactly(new CellProblem(2, 3, "D2", "import.xlsx.formula"),
				new CellProblem(3, 3, "D3", "import.xlsx.date"));
		// the rows stay, so that the preview counts them as rows with problems
		assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(2, 3);
	}

	@Test
	void refusesAZipBombBeforeItIsExpanded() throws Exception {
		byte[] valid = workbook((book) -> header(book.createSheet("Kennzahlen").createRow(0)));
		// 64 MB of XML whitespace deflates to about 64 KB: a thousandfold, where a real sheet grows 10 to 30 times
		byte[] padding = new byte[64 * 1024 * 1024];
		Arrays.fill(padding, (byte) ' ');
		byte[] bomb = replaceEntry(valid, "xl/worksheets/sheet1.xml", (out) -> {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".getBytes(StandardCharsets.UTF_8));
			out.write(padding);
			out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8));
		});
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> XlsxSheetReader.read(bomb))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.xlsx.bomb"));
	}

	@Test
	void neverResolvesAnExternalEntity() throws Exception {
		Path secret = Files.createTempFile("vitako-secret-", ".txt");
		Files.writeString(secret, "geheim");
		try {
			byte[] valid = workbook((book) -> header(book.createSheet("Kennzahlen").createRow(0)));
			byte[] hostile = replaceEntry(valid, "xl/worksheets/sheet1.xml", (out) -> out.write(("""
					<?xml version="1.0" encoding="UTF-8"?>
					<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "%s">]>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
					<row r="1"><c r="A1" t="inlineStr"><is><t>metric</t></is></c>
					<c r="B1" t="inlineStr"><is><t>&secret;</t></is></c></row>
					<row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>
					</sheetData></worksheet>""".formatted(secret.toUri())).getBytes(StandardCharsets.UTF_8)));
			assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> XlsxSheetReader.read(hostile))
				.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.xlsx.doctype"))
				.satisfies((ex) -> assertThat(ex.arguments()).doesNotContain("geheim"));
		}
		finally {
			Files.delete(secret);
		}
	}

	@Test
	void stopsReadingAtTheFirstRowOverTheLimit() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
			var sheet = book.createSheet("Kennzahlen");
			header(sheet.createRow(0));
			for (int i = 1; i <= CsvSheetReader.MAX_ROWS + 1; i++) {
				sheet.createRow(i).createCell(3).setCellValue(i);
			}
			book.write(out);
		}
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> XlsxSheetReader.read(out.toByteArray()))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.tooManyRows"));
	}

	@Test
	void refusesWhatIsNoWorkbookByItsBytesNotItsName() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("kein Excel".getBytes(StandardCharsets.UTF_8));
		}
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> Sheet.read("a.xlsx", zip.toByteArray()))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.xlsx.unreadable"));
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> Sheet.read("a.xlsx", "metric;segment\n".getBytes(StandardCharsets.UTF_8)))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.xlsx.unreadable"));
		byte[] oldExcel = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> Sheet.read("alt.xls", oldExcel))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.xls"));
		// a workbook named .csv is still read as the workbook it is
		byte[] workbook = workbook((book) -> {
			XSSFSheet sheet = book.createSheet("Kennzahlen");
			header(sheet.createRow(0));
			sheet.createRow(1).createCell(3).setCellValue(5);
		});
		assertThat(Sheet.read("zahlen.csv", workbook).kind()).isEqualTo("Excel, Kennzahlen");
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> XlsxSheetReader.read(workbook((book) -> header(book.createSheet("Leer").createRow(0)))))
			.satisfies((ex) -> assertThat(ex.key()).isEqualTo("import.noRows"));
	}

	private static CellStyle style(XSSFWorkbook book, String format) {
		CellStyle style = book.createCellStyle();
		style.setDataFormat(book.createDataFormat().getFormat(format));
		return style;
	}

	private static Row row(Row row, String metric, String segment, double value, CellStyle style) {
		row.createCell(0).setCellValue(metric);
		row.createCell(1).setCellValue(segment);
		row.createCell(2).setCellValue(2021);
		row.createCell(3).setCellValue(value);
		row.getCell(3).setCellStyle(style);
		return row;
	}

	private static void header(Row row) {
		String[] names = { "metric", "segment", "year", "value", "note" };
		for (int i = 0; i < names.length; i++) {
			row.createCell(i).setCellValue(names[i]);
		}
	}

	private static byte[] workbook(Consumer<XSSFWorkbook> content) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			content.accept(book);
			book.write(out);
			return out.toByteArray();
		}
	}

	interface EntryWriter {

		void write(ZipOutputStream out) throws IOException;

	}

	/** The workbook with one entry's bytes replaced, every other entry as it was. */
	private static byte[] replaceEntry(byte[] workbook, String name, EntryWriter content) throws IOException {
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(result)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					content.write(out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return result.toByteArray();
	}

}
