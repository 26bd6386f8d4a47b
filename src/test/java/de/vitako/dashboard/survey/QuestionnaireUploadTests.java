package de.vitako.dashboard.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.Cookie;

import de.vitako.dashboard.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A member downloads its questionnaire as an Excel workbook, fills it in and uploads it: the import's reader reads
 * it by the form's rules, a preview shows what changes, and only "apply" stores it, marked as an upload in the
 * history. A file of another round or member, with an unknown question or a formula, is refused whole.
 */
@IntegrationTest
class QuestionnaireUploadTests {

	private static final int ANSWER = 8;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry members;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	JdbcTemplate jdbc;

	private SurveyFixture fixture;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	private final String anna = "anna." + this.tag + "@example.org";

	private final String ben = "ben." + this.tag + "@example.org";

	@BeforeEach
	void fixture() {
		this.fixture = new SurveyFixture(this.members, this.planner);
	}

	@Test
	void aFilledInTemplateIsPreviewedThenAppliedAsAnUpload() throws Exception {
		long member = this.fixture.member("Datei-IT", this.anna);
		long round = this.fixture.round(2072, Set.of(member), "devices_ordered:number",
				"outsourcing_willingness:choice", "topic_relevance:rating");
		String uri = "/member/surveys/" + round;
		byte[] template = template(this.anna, uri);
		byte[] filled = edit(template, (sheet) -> {
			assertThat(sheet.getSheetName()).isEqualTo("Fragebogen");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Runde");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("Datei-IT-");
			answer(sheet, "devices_ordered", "schools", 1500);
			answer(sheet, "devices_ordered", "municipal_administrations", "keine Angabe");
			answer(sheet, "outsourcing_willingness", "unchanged", "x");
			answer(sheet, "topic_relevance", "e_file", 4);
		});
		MvcTestResult preview = upload(this.anna, uri, filled);
		assertThat(preview).hasStatusOk().bodyText()
			.contains("ändert 6 Antworten", "Schulen: noch keine Antwort → 1.500",
					"Kommunale Verwaltungen: noch keine Antwort → keine Angabe",
					"Gleichgeblieben: noch keine Antwort → gewählt",
					"E-Akte: noch keine Antwort → 4 – hoch");
		assertThat(answers(round)).as("a preview stores nothing").isZero();
		// the upload waits in the session, which the session's cookie names (sessions are kept in the database)
		Cookie[] cookies = preview.getResponse().getCookies();
		assertThat(this.mvc.post().uri(uri + "/upload/apply").cookie(cookies)
			.with(user(this.anna).roles("MEMBER")).with(csrf())).hasStatus3xxRedirection();
		assertThat(answers(round)).isEqualTo(6);
		assertThat(this.jdbc.queryForList("""
				select distinct c.source from survey_answer_change c join survey_response r on r.id = c.response_id
				where r.round_id = ?""", String.class, round)).containsExactly("upload");
		assertThat(this.mvc.post().uri(uri + "/upload/apply").cookie(cookies)
			.with(user(this.anna).roles("MEMBER")).with(csrf())).as("applied once").hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from survey_answer_change c join survey_response r on r.id = c.response_id
				where r.round_id = ?""", Integer.class, round)).isEqualTo(6);
		assertThat(edit(template(this.anna, uri), (sheet) -> assertThat(sheet.getRow(1).getCell(ANSWER)
			.getNumericCellValue()).as("the stored answers are in the next download").isEqualTo(1500.0)))
			.isNotEmpty();
		byte[] older = edit(template(this.anna, uri), (sheet) -> {
			answer(sheet, "devices_ordered", "schools", "");
			answer(sheet, "devices_ordered", "other", 7);
		});
		assertThat(upload(this.anna, uri, older)).as("an empty cell leaves the answer as it is").hasStatusOk()
			.bodyText()
			.contains("ändert 1 Antworten", "Sonstige: noch keine Antwort → 7")
			.doesNotContain("Schulen: 1.500 →");
	}

	@Test
	void aFileOfAnotherRoundOrMemberOrWithUnknownRowsOrFormulasIsRefusedWhole() throws Exception {
		long member = this.fixture.member("Eigen-IT", this.anna);
		long other = this.fixture.member("Fremd-IT", this.ben);
		long round = this.fixture.round(2073, Set.of(member, other), "devices_ordered:number");
		long otherRound = this.fixture.round(2074, Set.of(member), "devices_ordered:number");
		String uri = "/member/surveys/" + round;

		byte[] othersFile = edit(template(this.ben, uri), (sheet) -> answer(sheet, "devices_ordered", "schools", 1));
		assertThat(upload(this.anna, uri, othersFile)).hasStatus(422).bodyText()
			.contains("nicht übernommen", "gehört zum Mitglied");
		byte[] otherRoundsFile = edit(template(this.anna, "/member/surveys/" + otherRound),
				(sheet) -> answer(sheet, "devices_ordered", "schools", 1));
		assertThat(upload(this.anna, uri, otherRoundsFile)).hasStatus(422).bodyText()
			.contains("gehört zur Runde 2074, nicht zu 2073");
		byte[] unknown = edit(template(this.anna, uri), (sheet) -> {
			sheet.getRow(1).getCell(3).setCellValue("tablets");
			answer(sheet, "devices_ordered", "other", "zwölf");
		});
		assertThat(upload(this.anna, uri, unknown)).hasStatus(422).bodyText()
			.contains("Zeile 2: Die Frage devices_ordered mit dem Bereich tablets gibt es",
					"Zeile 4: Das ist keine Zahl");
		byte[] formula = edit(template(this.anna, uri),
				(sheet) -> sheet.getRow(1).getCell(ANSWER).setCellFormula("1000+500"));
		assertThat(upload(this.anna, uri, formula)).hasStatus(422).bodyText()
			.contains("Formel");
		assertThat(answers(round)).isZero();
	}

	private byte[] template(String email, String uri) throws Exception {
		MvcTestResult download = this.mvc.get().uri(uri + "/questionnaire.xlsx").with(user(email).roles("MEMBER"))
			.exchange();
		assertThat(download).hasStatusOk().hasContentType(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return download.getResponse().getContentAsByteArray();
	}

	private MvcTestResult upload(String email, String uri, byte[] file) {
		return this.mvc.post().uri(uri + "/upload").multipart()
			.file(new MockMultipartFile("file", "fragebogen.xlsx", null, file))
			.with(user(email).roles("MEMBER"))
			.with(csrf())
			.exchange();
	}

	private static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(book.getSheetAt(0));
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void answer(Sheet sheet, String metric, String segment, Object value) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals(metric)
					&& row.getCell(3).getStringCellValue().equals(segment)) {
				if (value instanceof Number number) {
					row.getCell(ANSWER).setCellValue(number.doubleValue());
				}
				else {
					row.getCell(ANSWER).setCellValue(value.toString());
				}
				return;
			}
		}
		throw new AssertionError("no row " + metric + "/" + segment);
	}

	private int answers(long round) {
		return this.jdbc.queryForObject("""
				select count(*) from survey_answer a join survey_response r on r.id = a.response_id
				where r.round_id = ?""", Integer.class, round);
	}

}
