package de.vitako.dashboard.survey;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.vitako.dashboard.figures.draft.FigureImports;
import jakarta.servlet.http.Cookie;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Lookups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A round's results from submitted answers to the draft: staff see each aggregate with its n, the rule that keeps a
 * cell confidential and the cell that protects it, and the members still missing; "Ergebnisse übernehmen" goes
 * through the import's preview into the draft, confidential cells as such; a late answer of one member is held back;
 * a reopened questionnaire, a round without answers and answers changed since the preview apply nothing.
 */
@IntegrationTest
class SurveyResultsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry members;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	FigureImports imports;

	@Autowired
	JdbcTemplate jdbc;

	private SurveyFixture fixture;

	private final List<Long> applied = new ArrayList<>();

	@BeforeEach
	void fixture() {
		this.fixture = new SurveyFixture(this.members, this.planner);
	}

	@AfterEach
	void undoWhatWasApplied() {
		// the draft as it was: the other tests share it
		for (int i = this.applied.size() - 1; i >= 0; i--) {
			this.imports.undoImport(this.applied.get(i), "test");
		}
	}

	@Test
	void staffSeeTheAggregatesTakeThemIntoTheDraftAndALateAnswerIsHeldBack() {
		List<Long> five = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			five.add(this.fixture.member("Results " + i));
		}
		long round = this.fixture.round(2051, Set.copyOf(five), "devices_ordered:number",
				"outsourcing_willingness:choice", "topic_relevance:rating");
		int[] schools = { 100, 200, 300, 400 };
		for (int i = 0; i < 4; i++) {
			submit(round, five.get(i), Map.of("devices_ordered/schools", String.valueOf(schools[i]),
					"devices_ordered/municipal_administrations", (i < 2) ? "50" : "-", "devices_ordered/other", "-",
					"outsourcing_willingness/increasing", (i < 3) ? "1" : "0",
					"outsourcing_willingness/unchanged", (i < 3) ? "0" : "1",
					"outsourcing_willingness/decreasing", "0"));
		}
		String page = text(get("/admin/surveys/" + round + "/results"));
		assertThat(page).contains("4 von 5 eingeladenen Mitgliedern haben abgesendet", "n = 4 Mitglieder", "1.000",
				"geheim gehalten: beruht auf weniger als 3 Mitgliedern", "75 %", "25 %",
				"gesperrt, damit „Gleichgeblieben“ nicht auszurechnen ist", "; geschützt durch „Ansteigend“",
				"Results 5", "Niemand hat diese Frage beantwortet: Sie geht nicht in den Entwurf.");

		long importId = takeOver(round);
		assertThat(figure("devices_ordered", "schools")).isEqualTo("1000.00 null 4/5");
		assertThat(figure("devices_ordered", "municipal_administrations")).isEqualTo("null confidential 2/5");
		assertThat(figure("devices_ordered", "other")).isNull();
		assertThat(figure("outsourcing_willingness", "increasing")).isEqualTo("null confidential 4/5");
		assertThat(figure("outsourcing_willingness", "unchanged")).isEqualTo("null confidential 4/5");
		assertThat(figure("outsourcing_willingness", "decreasing")).isEqualTo("0.00 null 4/5");
		assertThat(figure("topic_relevance", "e_file")).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from survey_result_cell c join survey_result r "
				+ "on r.id = c.result_id where r.import_id = ?", Integer.class, importId)).isEqualTo(4 + 2 + 3 * 4);

		// one late member: the difference of the schools' sum would be its answer, and so would the choices'; the
		// administrations' cell rests on three members now, and was never published
		submit(round, five.get(4), Map.of("devices_ordered/schools", "500", "devices_ordered/municipal_administrations",
				"30", "devices_ordered/other", "-", "outsourcing_willingness/increasing", "1",
				"outsourcing_willingness/unchanged", "0", "outsourcing_willingness/decreasing", "0"));
		assertThat(text(get("/admin/surveys/" + round + "/results"))).contains(
				"zurückgehalten: die Änderung gegenüber einer früheren Übernahme beruht auf weniger als 3 "
						+ "Mitgliedern",
				"Zurückgehalten: Gegenüber einer früheren Übernahme",
				"Alle eingeladenen Mitglieder haben abgesendet.");
		long second = takeOver(round);
		assertThat(figure("devices_ordered", "schools")).isEqualTo("1000.00 null 4/5");
		assertThat(figure("devices_ordered", "municipal_administrations")).isEqualTo("130.00 null 3/5");
		assertThat(figure("outsourcing_willingness", "decreasing")).isEqualTo("0.00 null 4/5");
		// what the draft keeps rests on what it rested on
		assertThat(this.jdbc.queryForObject("select count(*) from survey_result_cell c join survey_result r "
				+ "on r.id = c.result_id where r.import_id = ?", Integer.class, second)).isEqualTo(4 + 3 + 3 * 4);
	}

	@Test
	void aReopenedQuestionnaireARoundWithoutAnswersAndAnswersChangedSinceThePreviewApplyNothing() {
		List<Long> four = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			four.add(this.fixture.member("Refusals " + i));
		}
		long round = this.fixture.round(2052, Set.copyOf(four), "devices_ordered:number");
		int imports = count("figure_import");
		assertThat(post("/admin/surveys/" + round + "/results/apply", new Session())).hasRedirectedUrl(
				"/admin/surveys/" + round + "/results");
		assertThat(text(get("/admin/surveys/" + round + "/results")))
			.contains("Noch kein Mitglied hat seinen Fragebogen abgesendet");

		for (int i = 0; i < 3; i++) {
			submit(round, four.get(i), Map.of("devices_ordered/schools", "10", "devices_ordered/other", "5",
					"devices_ordered/municipal_administrations", "7"));
		}
		Session session = new Session();
		assertThat(post("/admin/surveys/" + round + "/results/apply", session))
			.hasRedirectedUrl("/admin/import/preview");
		String preview = text(get("/admin/import/preview", session));
		// a fourth member submits between the preview and the apply
		submit(round, four.get(3), Map.of("devices_ordered/schools", "10", "devices_ordered/other", "5",
				"devices_ordered/municipal_administrations", "7"));
		MvcTestResult refused = post("/admin/import/apply", session, "draftRevision", Lookups.draftRevision(preview),
				"confirmed", "true");
		assertThat(refused).hasRedirectedUrl("/admin/surveys/" + round + "/results");
		assertThat(refused).flash().containsKey("problem");
		assertThat(count("figure_import")).isEqualTo(imports);
		assertThat(this.jdbc.queryForObject("select count(*) from survey_result where round_id = ?", Integer.class,
				round)).isZero();

		// staff reopen one questionnaire: nothing is taken over until it is submitted again
		this.jdbc.update("update survey_response set submitted_at = null, submitted_by = null "
				+ "where round_id = ? and member_id = ?", round, four.get(0));
		this.jdbc.update("""
				insert into survey_answer_change (response_id, action, source, changed_by, changed_at)
				select id, 'reopen', 'staff', 'test', now() from survey_response
				where round_id = ? and member_id = ?""",
				round, four.get(0));
		assertThat(text(get("/admin/surveys/" + round + "/results")))
			.contains("Ein wieder geöffneter Fragebogen ist noch nicht erneut abgesendet", "Refusals 1");
		assertThat(post("/admin/surveys/" + round + "/results/apply", new Session()))
			.hasRedirectedUrl("/admin/surveys/" + round + "/results");
		assertThat(count("figure_import")).isEqualTo(imports);
	}

	@Test
	void staffChooseTheRatingFromWhichARatingCounts() {
		List<Long> four = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			four.add(this.fixture.member("Ratings " + i));
		}
		long round = this.fixture.round(2055, Set.copyOf(four), "topic_relevance:rating");
		int[] ratings = { 5, 4, 4, 3 };
		for (int i = 0; i < 4; i++) {
			submit(round, four.get(i), Map.of("topic_relevance/e_file", String.valueOf(ratings[i])));
		}
		String page = "/admin/surveys/" + round + "/results";
		assertThat(text(get(page))).contains("Eine Bewertung zählt ab „hoch“.", "<td>75 %</td>");
		assertThat(post(page + "/threshold", new Session(), "threshold", "3")).hasRedirectedUrl(page);
		assertThat(text(get(page))).contains("Eine Bewertung zählt ab „mittel“.", "<td>100 %</td>");
		MvcTestResult refused = post(page + "/threshold", new Session(), "threshold", "9");
		assertThat(refused).flash().containsEntry("problem", "Bitte wählen Sie eine Stufe von 1 bis 5.");
		assertThat(this.jdbc.queryForObject("select rating_threshold from survey_round where id = ?", Integer.class,
				round)).isEqualTo(3);
	}

	@Test
	void editorsAndPublishersSeeNoResultsPage() {
		long round = this.fixture.round(2053, Set.of(this.fixture.member("Roles")), "devices_ordered:number");
		for (String role : List.of("EDITOR", "PUBLISHER")) {
			assertThat(this.mvc.get().uri("/admin/surveys/" + round + "/results").with(user("x").roles(role)))
				.hasStatus(403);
		}
		assertThat(get("/admin/surveys/999999/results")).hasStatus(404);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	/** Hands the results over, previews and applies them: the import's number. */
	private long takeOver(long round) {
		Session session = new Session();
		assertThat(post("/admin/surveys/" + round + "/results/apply", session))
			.hasRedirectedUrl("/admin/import/preview");
		String preview = text(get("/admin/import/preview", session));
		assertThat(preview).contains("umfrage-" + this.planner.get(round).orElseThrow().details().year());
		String revision = Lookups.draftRevision(preview);
		assertThat(post("/admin/import/apply", session, "draftRevision", revision, "confirmed", "true"))
			.hasStatus3xxRedirection();
		long id = this.jdbc.queryForObject("select max(import_id) from survey_result where round_id = ?", Long.class,
				round);
		this.applied.add(id);
		return id;
	}

	/** The draft's 2051 figure as "value status respondents/invited"; {@code null} for none. */
	private String figure(String metric, String segment) {
		return this.jdbc.query("""
				select value, status, respondents, invited from figure
				where metric_code = ? and segment_code = ? and year = 2051""",
				(rs) -> rs.next() ? rs.getBigDecimal(1) + " " + rs.getString(2) + " " + rs.getInt(3) + "/"
						+ rs.getInt(4) : null,
				metric, segment);
	}

	/**
	 * A submitted questionnaire with these answers ({@code metric/segment} → value, {@code -} for "keine Angabe"),
	 * written directly: how a questionnaire is filled in and checked, QuestionnaireTests shows.
	 */
	private void submit(long round, long member, Map<String, String> answers) {
		long response = this.jdbc.queryForObject("""
				insert into survey_response (round_id, member_id, created_by, created_at, submitted_by, submitted_at)
				values (?, ?, 'test', now(), 'test', now()) returning id""", Long.class, round, member);
		answers.forEach((key, value) -> this.jdbc.update("""
				insert into survey_answer (response_id, metric_code, segment_code, value) values (?, ?, ?, ?)""",
				response, key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1),
				value.equals("-") ? null : new BigDecimal(value)));
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private MvcTestResult get(String uri) {
		return get(uri, new Session());
	}

	private MvcTestResult get(String uri, Session session) {
		var request = this.mvc.get().uri(uri).with(user("survey").roles("SURVEY"));
		return session.remember(
				(session.cookie == null) ? request.exchange() : request.cookie(session.cookie).exchange());
	}

	private MvcTestResult post(String uri, Session session, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("survey").roles("SURVEY")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return session.remember(
				(session.cookie == null) ? request.exchange() : request.cookie(session.cookie).exchange());
	}

	/** Spring Session's cookie, which keeps the handed-over results between the requests of a test. */
	private static final class Session {

		private Cookie cookie;

		MvcTestResult remember(MvcTestResult result) {
			Cookie sent = result.getResponse().getCookie("SESSION");
			if (sent != null) {
				this.cookie = sent;
			}
			return result;
		}

	}

}
