package de.vitako.dashboard.admin.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.draft.FigureEditor;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Releases;
import de.vitako.dashboard.support.WebClient;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Upload, preview, apply and undo, through the admin's pages: the preview applies nothing, applying is all or
 * nothing and refused when the draft changed meanwhile, an import is one change set in the history and undone as
 * one step.
 */
@IntegrationTest
class ImportFlowTests {

	private static final String FILE = """
			Kennzahl;Bereich;Jahr;Wert;Quelle;Anmerkung
			employees;total;2021;15.600.000;Erhebung 2021;
			Mitarbeiterzahl;Mitarbeiter;2022;16000;Erhebung 2022;vorläufig
			""";

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	FigureEditor editor;

	@Autowired
	Publisher publisher;

	/** The session (Spring Session's cookie) that keeps the uploaded file between the requests of a test. */
	Cookie session;

	@BeforeEach
	void addTheYearTheImportChanges() {
		FigureFixtures.addEmployees2021(this.jdbc, "15500", "Vorläufig");
		this.snapshots.refresh();
	}

	@AfterEach
	void removeTemporaryFigures() {
		this.jdbc.update("delete from figure where year >= 2021");
		this.snapshots.refresh();
	}

	@Test
	void previewsWithoutApplyingThenAppliesAllAsOneChangeSetAndUndoesIt() throws Exception {
		String file = FILE.replace("15.600.000", "15600");
		long before = this.snapshots.draft().revision();
		assertThat(upload("mitglieder.csv", file)).hasStatus3xxRedirection().hasRedirectedUrl("/admin/import/preview");
		MvcTestResult preview = get("/admin/import/preview");
		assertThat(preview).hasStatusOk().bodyText()
			.contains("mitglieder.csv", "15.500", "15.600", "16.000", "Übernehmen")
			.doesNotContain("Fehler:");
		this.snapshots.refresh();
		assertThat(this.snapshots.draft().revision()).as("the preview applies nothing").isEqualTo(before);

		assertThat(post("/admin/import/apply", "draftRevision", String.valueOf(before))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/import");
		assertThat(value(2021)).isEqualTo("15600.00");
		assertThat(value(2022)).isEqualTo("16000.00");
		Long id = this.jdbc.queryForObject("select max(id) from figure_import", Long.class);
		assertThat(this.jdbc.queryForMap("select * from figure_import where id = ?", id))
			.containsEntry("file_name", "mitglieder.csv")
			.containsEntry("sha256", sha256(file))
			.containsEntry("rows_read", 2)
			.containsEntry("added", 1)
			.containsEntry("changed", 1);
		assertThat(this.jdbc.queryForObject("select count(*) from figure_change where import_id = ?", Integer.class, id))
			.isEqualTo(2);
		assertThat(get("/admin/import")).bodyText().contains("mitglieder.csv", "Rückgängig machen");

		assertThat(post("/admin/import/" + id + "/undo")).hasStatus3xxRedirection();
		assertThat(get("/admin/import")).bodyText().contains("Import #" + id + " ist rückgängig gemacht");
		assertThat(value(2021)).as("corrected back").isEqualTo("15500.00");
		assertThat(this.jdbc.queryForObject("select count(*) from figure where year = 2022", Integer.class))
			.as("created, so deleted").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from figure_change where import_id = ?", Integer.class, id))
			.as("the undo is recorded too").isEqualTo(4);
		post("/admin/import/" + id + "/undo");
		assertThat(get("/admin/import")).bodyText().contains("schon rückgängig gemacht");
	}

	@Test
	void refusesToApplyWhenTheDraftChangedSinceThePreviewAndShowsItAgain() throws Exception {
		upload("mitglieder.csv", FILE.replace("15.600.000", "15600"));
		long previewed = this.snapshots.draft().revision();
		long id = this.jdbc.queryForObject("select id from figure where metric_code = 'employees' and year = 2021",
				Long.class);
		this.editor.correct(id, 0, new FigureContent(new java.math.BigDecimal("15550"), "Andere", null, null), null,
				"other.editor");
		MvcTestResult refused = post("/admin/import/apply", "draftRevision", String.valueOf(previewed));
		assertThat(refused).hasStatus(409).bodyText()
			.contains("Der Entwurf hat sich seit der Vorschau geändert", "15.550", "Fehler:")
			.contains("name=\"draftRevision\" value=\"" + this.snapshots.draft().revision() + "\"");
		assertThat(value(2021)).as("nothing applied").isEqualTo("15550.00");
		assertThat(this.jdbc.queryForObject("select count(*) from figure where year = 2022", Integer.class)).isZero();
	}

	@Test
	void showsEveryProblemWithRowAndColumnAndOffersNoApply() throws Exception {
		upload("fehler.csv", FILE + "employees;total;2023;12,5;Q;\nnirgends;total;2024;1;Q;\n");
		MvcTestResult preview = get("/admin/import/preview");
		assertThat(preview).hasStatus(422).bodyText()
			.contains("<title>Fehler:", "2 Fehler in 2 Zeilen", "ganze Zahl", "„nirgends“")
			.doesNotContain("action=\"/admin/import/apply\"");
	}

	/** The forms refuse markup in a source or a note; so does the import, with the same message. */
	@Test
	void refusesMarkupAsTheFormsDo() throws Exception {
		upload("markup.csv", FILE.replace("Erhebung 2021;", "Erhebung <script>alert(1)</script>;")
			.replace(";vorläufig", ";<b>vorläufig</b>"));
		MvcTestResult preview = get("/admin/import/preview");
		assertThat(preview).hasStatus(422).bodyText()
			.contains("2 Fehler in 2 Zeilen", "Bitte ohne HTML-Zeichen")
			.doesNotContain("action=\"/admin/import/apply\"");
	}

	/** A name longer than the import's table keeps is shortened when uploaded, not refused by the database. */
	@Test
	void keepsAVeryLongFileNameShortened() throws Exception {
		String name = "Mitgliederbefragung-".repeat(15) + ".csv";
		long before = this.snapshots.draft().revision();
		assertThat(upload(name, FILE.replace("15.600.000", "15600"))).hasStatus3xxRedirection();
		assertThat(get("/admin/import/preview")).hasStatusOk();
		assertThat(post("/admin/import/apply", "draftRevision", String.valueOf(before))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/import");
		String stored = this.jdbc.queryForObject("select file_name from figure_import order by id desc limit 1",
				String.class);
		assertThat(stored).hasSize(255).startsWith("Mitgliederbefragung-Mitglieder").endsWith("\u2026.csv");
	}

	@Test
	void asksToConfirmImplausibleValuesBeforeApplying() throws Exception {
		upload("sprung.csv", FILE.replace("15.600.000", "1556000"));
		long revision = this.snapshots.draft().revision();
		assertThat(get("/admin/import/preview")).bodyText().contains("Bitte prüfen Sie diese Werte");
		assertThat(post("/admin/import/apply", "draftRevision", String.valueOf(revision))).hasStatus(400)
			.bodyText()
			.contains("Bitte bestätigen Sie");
		assertThat(value(2021)).isEqualTo("15500.00");
		assertThat(post("/admin/import/apply", "draftRevision", String.valueOf(revision), "confirmed", "true"))
			.hasStatus3xxRedirection();
		assertThat(value(2021)).isEqualTo("1556000.00");
	}

	@Test
	void offersATemplateForANewYearThatReadsBackAndTakesWhatIsFilledIn() throws Exception {
		// last year's source would attribute the new year's figures to last year's document: none, or the chosen one
		String empty = get("/admin/import/template.csv?year=2022").getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(empty).contains("employees;total;2022;;;;;;;Mitarbeiterzahl;Mitarbeiter")
			.doesNotContain("Test fixture");
		MvcTestResult download = this.mvc.get()
			.uri("/admin/import/template.csv?year=2022&source={source}", "Vitako-Erhebung 2022")
			.with(user("editor").roles("EDITOR"))
			.exchange();
		assertThat(download).hasStatusOk().hasHeader("Content-Disposition",
				"attachment; filename=\"vitako-kennzahlen-2022.csv\"");
		String template = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int segments = this.snapshots.draft().metrics().stream().mapToInt((m) -> m.metric().segments().size()).sum();
		assertThat(template.lines()).hasSize(segments + 1);
		assertThat(template)
			.startsWith("\uFEFFKennzahl (Code);Bereich (Code);Jahr;Wert;Vermerk;Quelle;Seite;Anmerkung;"
					+ "Anmerkung (Englisch);Kennzahl;Bereich")
			.contains("employees;total;2022;;;Vitako-Erhebung 2022;;;;Mitarbeiterzahl;Mitarbeiter");
		upload("vorlage.csv", template.substring(1));
		assertThat(get("/admin/import/preview")).hasStatusOk().bodyText()
			.contains(segments + " Zeilen haben keinen Wert und werden übersprungen")
			.doesNotContain("action=\"/admin/import/apply\"");
		upload("vorlage.csv", template.replace("employees;total;2022;;;Vitako-Erhebung 2022;;",
				"employees;total;2022;16100;vorläufig;Vitako-Erhebung 2022;4;"));
		assertThat(get("/admin/import/preview")).hasStatusOk().bodyText()
			.contains(segments - 1 + " Zeilen haben keinen Wert", "16.100 (vorläufig)",
					"action=\"/admin/import/apply\"");
		assertThat(get("/admin/import/template.csv?year=2022&lang=en").getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("English Excel's separator, read by the English rule")
			.startsWith("\uFEFFMetric (code),Segment (code),Year,Value,Flag,Source,Page,Note,Note (English),Metric,"
					+ "Segment");
		assertThat(get("/admin/import/template.csv?year=1800")).hasStatus(400).bodyText()
			.contains("Bitte ein Jahr von 1990 bis 2100 eingeben.");
		assertThat(this.mvc.get()
			.uri("/admin/import/template.csv?year=2022&source={source}", "<b>Quelle</b>")
			.with(user("editor").roles("EDITOR"))).hasStatus(400).bodyText().contains("HTML");
	}

	@Test
	void takesAnExcelTemplateFilledInWithValuesAndNamesAFormulaCell() throws Exception {
		MvcTestResult download = get("/admin/import/template.xlsx?year=2023");
		assertThat(download).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.hasHeader("Content-Disposition", "attachment; filename=\"vitako-kennzahlen-2023.xlsx\"");
		byte[] filled;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse()
			.getContentAsByteArray()))) {
			XSSFSheet sheet = book.getSheet("Kennzahlen");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kennzahl (Code)");
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			XSSFRow employees = null;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				XSSFRow row = sheet.getRow(i);
				assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2023);
				assertThat(row.getCell(3)).isNull();
				if (row.getCell(0).getStringCellValue().equals("employees")) {
					employees = row;
				}
			}
			assertThat((Object) employees).isNotNull();
			employees.createCell(3).setCellFormula("16000+100");
			employees.createCell(5).setCellValue("Vitako-Erhebung 2023");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			filled = out.toByteArray();
			String cell = "D" + (employees.getRowNum() + 1);
			assertThat(uploadBytes("vorlage.xlsx", filled)).hasStatus3xxRedirection();
			assertThat(get("/admin/import/preview")).hasStatus(422).bodyText()
				.contains("Excel, Kennzahlen", "Zelle " + cell + " enthält eine Formel")
				.doesNotContain("action=\"/admin/import/apply\"");
			// a formula cell given a value keeps its formula (with that value as its result): a new cell
			employees.removeCell(employees.getCell(3));
			employees.createCell(3).setCellValue(16100);
			out.reset();
			book.write(out);
			filled = out.toByteArray();
		}
		assertThat(uploadBytes("vorlage.xlsx", filled)).hasStatus3xxRedirection();
		assertThat(get("/admin/import/preview")).hasStatusOk().bodyText().contains("16.100",
				"action=\"/admin/import/apply\"");
		assertThat(post("/admin/import/apply", "draftRevision", String.valueOf(this.snapshots.draft().revision())))
			.hasStatus3xxRedirection();
		assertThat(value(2023)).isEqualTo("16100.00");
	}

	@Test
	void storesAFormulaInATextCellAsPlainTextThatEveryExportNeutralises() throws Exception {
		upload("formel.csv", """
				Kennzahl;Bereich;Jahr;Wert;Quelle;Anmerkung
				employees;total;2022;16000;"=HYPERLINK(""http://evil.example"")";@SUM(A1)
				""");
		assertThat(post("/admin/import/apply", "draftRevision", String.valueOf(this.snapshots.draft().revision())))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("""
				select source_title || ' | ' || note from figure where metric_code = 'employees' and year = 2022""",
				String.class)).isEqualTo("=HYPERLINK(\"http://evil.example\") | @SUM(A1)");
		try {
			Releases.publish(this.publisher);
			assertThat(this.mvc.get().uri("/export/metrics/employees.csv")).hasStatusOk().bodyText()
				.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", "'@SUM(A1)")
				.doesNotContain(",=HYPERLINK", ",@SUM");
			assertThat(this.mvc.get().uri("/export/metrics/employees.csv?format=excel")).hasStatusOk().bodyText()
				.contains("'=HYPERLINK", "'@SUM(A1)")
				.doesNotContain(";=HYPERLINK", ";@SUM");
		}
		finally {
			this.jdbc.update("delete from figure where year >= 2021");
			Releases.publish(this.publisher);
		}
	}

	@Test
	void refusesFilesThatAreNoSpreadsheetWithAClearMessage() throws Exception {
		assertThat(upload("bericht.csv", "%PDF-1.7\n")).hasStatus(422).bodyText()
			.contains("<title>Fehler:", "Die Datei ist ein PDF");
		assertThat(upload("leer.csv", "")).hasStatus(422).bodyText().contains("Die Datei ist leer");
		assertThat(upload("kopf.csv", "Kennzahl;Bereich;Jahr;Wert\n")).hasStatus(422).bodyText()
			.contains("nur eine Kopfzeile");
		assertThat(upload("zahlen.xlsx", "PK")).hasStatus(422).bodyText()
			.contains("nicht als Excel-Arbeitsmappe (.xlsx) lesen");
		assertThat(get("/admin/import/preview")).as("nothing waits for a preview").hasStatus3xxRedirection();
	}

	@Test
	void refusesAFileOverTheLimitAndStopsReadingAnEndlessOne() {
		WebClient browser = new WebClient();
		String base = "http://localhost:" + this.port;
		browser.login(base);
		String token = browser.csrfToken(base + "/admin/import");
		HttpResponse<String> refused = browser.postFile(base + "/admin/import", "file", "gross.csv",
				new byte[ImportController.MAX_BYTES + 1], token);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("<title>Fehler:", "Die Datei ist größer als 10 MB");
		HttpResponse<String> endless = browser.postFile(base + "/admin/import", "file", "endlos.csv",
				new byte[13 * 1024 * 1024], token);
		assertThat(endless.statusCode()).as("the container stops reading past 12 MB").isEqualTo(413);
		HttpResponse<String> fits = browser.postFile(base + "/admin/import", "file", "klein.csv",
				"Kennzahl;Bereich;Jahr;Wert\nemployees;total;2021;1\n".getBytes(StandardCharsets.UTF_8), token);
		assertThat(fits.statusCode()).as("the same form under the limit").isEqualTo(302);
	}

	private MvcTestResult upload(String name, String content) {
		return uploadBytes(name, content.getBytes(StandardCharsets.UTF_8));
	}

	private MvcTestResult uploadBytes(String name, byte[] content) {
		var request = this.mvc.post()
			.uri("/admin/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(user("editor").roles("EDITOR"))
			.with(csrf());
		return remember(this.session == null ? request.exchange() : request.cookie(this.session).exchange());
	}

	private MvcTestResult get(String uri) {
		var request = this.mvc.get().uri(uri).with(user("editor").roles("EDITOR"));
		return remember(this.session == null ? request.exchange() : request.cookie(this.session).exchange());
	}

	private MvcTestResult post(String uri, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("editor").roles("EDITOR")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return remember(this.session == null ? request.exchange() : request.cookie(this.session).exchange());
	}

	private MvcTestResult remember(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie != null) {
			this.session = cookie;
		}
		return result;
	}

	private String value(int year) {
		return this.jdbc.queryForObject("select value::text from figure where metric_code = 'employees' and year = ?",
				String.class, year);
	}

	private static String sha256(String content) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
	}

}
