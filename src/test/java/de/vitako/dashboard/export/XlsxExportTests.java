package de.vitako.dashboard.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports as Excel workbooks, read back with POI as a spreadsheet program reads them: every value a number
 * with a format that fits its unit, every text a string (never a formula), a bold frozen header with a filter, and
 * a metadata sheet.
 */
@IntegrationTest
class XlsxExportTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	Publisher publisher;

	@Autowired
	JdbcTemplate jdbc;

	/** The overview and each chart offer the workbook (and the overview the DCAT catalogue), and the links answer. */
	@Test
	void thePagesLinkTheWorkbooks() throws Exception {
		String overview = this.mvc.get().uri("/?lang=de").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(overview).contains("href=\"/export/figures.csv?format=xlsx&amp;lang=de\"",
				"href=\"/export/metrics/employees.csv?format=xlsx&amp;lang=de\"", "href=\"/export/catalog.ttl\"");
		String page = this.mvc.get().uri("/metrics/employees?lang=en").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("href=\"/export/metrics/employees.csv?format=xlsx&amp;lang=en\"");
		assertThat(this.mvc.get().uri("/export/metrics/employees.csv?format=xlsx&lang=en").exchange()).hasStatusOk()
			.hasContentType(XLSX);
	}

	@Test
	void writesEveryFigureAsANumberWithTheFormatOfItsUnit() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/export/figures.csv?format=xlsx").exchange();
		assertThat(result).hasStatusOk().hasContentType(XLSX);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).matches(
				"attachment; filename=\"vitako-kennzahlen-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
		int figures = this.snapshots.snapshot().metrics().stream().mapToInt((m) -> m.figures().size()).sum();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			XSSFSheet sheet = book.getSheet("Kennzahlen");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Kennzahl (Code)");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Wert");
			assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N" + (figures + 1));
			assertThat(sheet.getColumnWidth(7)).isGreaterThan(sheet.getColumnWidth(2));
			assertThat(sheet.getLastRowNum()).isEqualTo(figures);
			Map<String, String> formats = new HashMap<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
				Cell value = row.getCell(3);
				assertThat(value.getCellType()).as("row %d", i).isEqualTo(CellType.NUMERIC);
				formats.put(row.getCell(5).getStringCellValue(), value.getCellStyle().getDataFormatString());
				for (int text : new int[] { 0, 1, 5, 6, 7, 8 }) {
					assertThat(row.getCell(text).getCellType()).isEqualTo(CellType.STRING);
				}
			}
			assertThat(formats).containsEntry("Anzahl", "#,##0").containsEntry("Prozent", "0.0\" %\"");
			Row devices = sheet.getRow(1);
			assertThat(devices.getCell(0).getStringCellValue()).isEqualTo("devices_ordered");
			assertThat(devices.getCell(3).getNumericCellValue()).isEqualTo(164400);
			assertThat(devices.getCell(8).getStringCellValue()).isEqualTo("Vitako: Digital durch die Pandemie, S. 2");
			XSSFSheet about = book.getSheet("Metadaten");
			Map<String, String> metadata = new HashMap<>();
			for (Row row : about) {
				metadata.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
			}
			assertThat(metadata).containsKeys("Quelle", "Datenstand (UTC)", "Zitiervorschlag");
			assertThat(metadata.get("Lizenz")).contains("Datenlizenz Deutschland", "https://www.govdata.de/dl-de/by-2-0");
			assertThat(metadata.get("Ausgabe")).startsWith(this.snapshots.knownRelease() + " (");
		}
	}

	/** One ETag, one file: the workbook is dated by its release, not by the clock, so a cache may keep it. */
	@Test
	void writesTheSameBytesForTheSameRelease() throws Exception {
		byte[] first = this.mvc.get().uri("/export/figures.csv?format=xlsx&release=1").exchange().getResponse()
			.getContentAsByteArray();
		// a second apart at least: a zip entry's time has two-second steps, its extended time one-second ones
		Thread.sleep(2_100);
		MvcTestResult again = this.mvc.get().uri("/export/figures.csv?format=xlsx&release=1").exchange();
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(first);
	}

	@Test
	void takesTheFiltersAndTheLanguageOfTheCsv() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/export/metrics/employees.csv?format=xlsx&lang=en&from=2019&release=1")
			.exchange();
		assertThat(result).hasStatusOk().hasContentType(XLSX);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			XSSFSheet sheet = book.getSheet("Figures");
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Value");
			String csv = this.mvc.get()
				.uri("/export/metrics/employees.csv?lang=en&from=2019&release=1")
				.exchange()
				.getResponse()
				.getContentAsString();
			assertThat(sheet.getLastRowNum()).as("as many rows as the CSV").isEqualTo(csv.lines().count() - 1);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(2019);
			}
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("number");
			assertThat(book.getSheet("Metadata").getRow(3).getCell(1).getStringCellValue()).startsWith("1 (");
		}
		assertThat(this.mvc.get().uri("/export/figures.csv?format=xlsx&from=2050")).hasStatus(404);
	}

	@Test
	void keepsAFormulaInANoteAsText() throws Exception {
		long id = FigureFixtures.publishEmployees2021(this.jdbc, this.publisher, "15500", "=1+1");
		try {
			MvcTestResult result = this.mvc.get().uri("/export/metrics/employees.csv?format=xlsx").exchange();
			try (XSSFWorkbook book = new XSSFWorkbook(
					new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
				XSSFSheet sheet = book.getSheet("Kennzahlen");
				Row row = sheet.getRow(sheet.getLastRowNum());
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2021);
				assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(9).getStringCellValue()).isEqualTo("=1+1");
			}
		}
		finally {
			FigureFixtures.unpublish(this.jdbc, this.publisher, id);
		}
	}

}
