package de.vitako.dashboard.survey;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Lookups;
import de.vitako.dashboard.support.Releases;
import jakarta.servlet.http.Cookie;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a member gets back: six members answered the devices question of 2054's round, its results were taken over
 * and published. Each member's page shows its own answers beside the published sum and its basis, the quartiles of
 * the six answers and where its own lies, and offers them as CSV and workbook; a cell the disclosure control
 * withheld stays "•" there too. Only that member's contacts and survey staff see it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberResultsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry members;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	Publisher publisher;

	@Autowired
	JdbcTemplate jdbc;

	private final List<Long> six = new ArrayList<>();

	private final List<String> contacts = new ArrayList<>();

	private long outsider;

	private long round;

	@BeforeAll
	void sixMembersAnswerAndTheResultsArePublished() {
		SurveyFixture fixture = new SurveyFixture(this.members, this.planner);
		for (int i = 1; i <= 6; i++) {
			String email = "results" + i + "." + System.nanoTime() + "@example.org";
			this.six.add(fixture.member("Own results " + i, email));
			this.contacts.add(email);
		}
		this.outsider = fixture.member("Not invited", "outsider." + System.nanoTime() + "@example.org");
		this.round = fixture.round(2054, Set.copyOf(this.six), "devices_ordered:number");
		int[] schools = { 100, 200, 300, 400, 500, 600 };
		for (int i = 0; i < 6; i++) {
			long response = this.jdbc.queryForObject("""
					insert into survey_response (round_id, member_id, created_by, created_at, submitted_by,
					                             submitted_at)
					values (?, ?, 'test', now(), 'test', now()) returning id""", Long.class, this.round,
					this.six.get(i));
			insert(response, "schools", BigDecimal.valueOf(schools[i]));
			// the administrations: two members only, a confidential sum
			insert(response, "municipal_administrations", (i < 2) ? BigDecimal.TEN : null);
			insert(response, "other", null);
		}
		Cookie session = null;
		MvcTestResult handed = staff(this.mvc.post().uri("/admin/surveys/" + this.round + "/results/apply"), null);
		session = handed.getResponse().getCookie("SESSION");
		String preview = text(staff(this.mvc.get().uri("/admin/import/preview"), session));
		String revision = Lookups.draftRevision(preview);
		assertThat(staff(this.mvc.post().uri("/admin/import/apply").param("draftRevision", revision)
			.param("confirmed", "true"), session)).hasStatus3xxRedirection();
		Releases.publish(this.publisher);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from figure where metric_code = 'devices_ordered' and year = 2054");
		Releases.publish(this.publisher);
	}

	@Test
	void eachMemberSeesItsAnswersBesideThePublishedSumWithQuartilesAndItsPosition() {
		String first = text(member(this.contacts.get(0), "/member/surveys/" + this.round + "/results?lang=de"));
		assertThat(first).contains("Ihre Ergebnisse: Mitgliederumfrage 2054", "<td>100</td>", "<td>2.100</td>",
				"<td>6 von 6</td>", "Q1 225 · Median 350 · Q3 475", "Sie liegen im unteren Viertel.", "<td>•</td>",
				"<td>2 von 6</td>");
		String last = text(member(this.contacts.get(5), "/member/surveys/" + this.round + "/results?lang=en"));
		assertThat(last).contains("Your results: Member survey 2054", "<td>600</td>", "<td>2,100</td>",
				"<td>6 of 6</td>", "Q1 225 · median 350 · Q3 475", "You are in the top quarter.");
		// no quartiles beside a withheld cell, nor anything of the two members behind it
		assertThat(first).doesNotContain("<td>20</td>");
		String third = text(member(this.contacts.get(2), "/member/surveys/" + this.round + "/results?lang=de"));
		assertThat(third).contains("<td>300</td>", "Sie liegen unter dem Median.");
		String fourth = text(member(this.contacts.get(3), "/member/surveys/" + this.round + "/results?lang=de"));
		assertThat(fourth).contains("<td>400</td>", "Sie liegen über dem Median.");
	}

	@Test
	void theMemberDownloadsItsOwnResultsAsCsvAndWorkbook() throws Exception {
		MvcTestResult csv = member(this.contacts.get(1), "/member/surveys/" + this.round + "/results.csv?lang=de");
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(text(csv)).startsWith("\ufeffKennzahl (Code);Bereich (Code);Frage;Bereich;Ihre Antwort;")
			.contains("devices_ordered;schools;1. Corona-bedingt bestellte Endgeräte;Schulen;200;2.100;6 von 6;")
			.contains("devices_ordered;municipal_administrations;").contains(";•;2 von 6;");
		MvcTestResult xlsx = member(this.contacts.get(1), "/member/surveys/" + this.round + "/results.xlsx");
		assertThat(xlsx).hasStatusOk();
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("schools");
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(200);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("2.100");
		}
	}

	@Test
	void onlyTheMembersContactsAndSurveyStaffSeeIt() {
		String page = "/member/surveys/" + this.round + "/results";
		assertThat(this.mvc.get().uri(page)).hasStatus3xxRedirection();
		String outsider = this.jdbc.queryForObject("select email from member_contact where member_id = ?",
				String.class, this.outsider);
		for (String suffix : List.of("", ".csv", ".xlsx")) {
			assertThat(member(outsider, page + suffix)).hasStatus(404);
		}
		String staffPage = "/admin/surveys/" + this.round + "/responses/" + this.six.get(0) + "/results";
		assertThat(text(staff(this.mvc.get().uri(staffPage + "?lang=de"), null))).contains("<td>100</td>",
				"Sie liegen im unteren Viertel.");
		for (String role : List.of("EDITOR", "PUBLISHER")) {
			assertThat(this.mvc.get().uri(staffPage).with(user("x").roles(role))).hasStatus(403);
		}
		assertThat(this.mvc.get().uri(staffPage).with(user(this.contacts.get(0)).roles("MEMBER"))).hasStatus(403);
	}

	private void insert(long response, String segment, BigDecimal value) {
		this.jdbc.update("insert into survey_answer (response_id, metric_code, segment_code, value) "
				+ "values (?, 'devices_ordered', ?, ?)", response, segment, value);
	}

	private MvcTestResult member(String email, String uri) {
		return this.mvc.get().uri(uri).with(user(email).roles("MEMBER")).exchange();
	}

	private MvcTestResult staff(MockMvcTester.MockMvcRequestBuilder request, Cookie session) {
		var staff = request.with(user("survey").roles("SURVEY")).with(csrf());
		return (session == null) ? staff.exchange() : staff.cookie(session).exchange();
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
