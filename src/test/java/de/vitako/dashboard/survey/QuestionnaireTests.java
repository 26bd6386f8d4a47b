package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.vitako.dashboard.support.IntegrationTest;
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
 * A member's questionnaire: its contacts save and continue later, "keine Angabe" is an answer distinct from 0 and
 * from an empty field, numbers follow the forms' rules, a jump against the member's own last year needs a
 * confirmation or a note, two contacts saving at once lose nothing, submitting locks it and mails every contact a
 * copy, staff reopen it, and every change is in its history. Nobody reaches another member's questionnaire.
 */
@IntegrationTest
class QuestionnaireTests {

	private static final String DEVICES = "devices_ordered";

	private static final String SCHOOLS = DEVICES + "-schools";

	private static final String ADMINISTRATIONS = DEVICES + "-municipal_administrations";

	private static final String OTHER = DEVICES + "-other";

	private static final List<String> SHARES = List.of("tablets", "laptops", "other", "smartphones");

	private static final List<String> TOPICS = List.of("e_file", "information_security",
			"citizen_and_employee_portals", "e_procurement_e_invoicing", "cloud_computing",
			"open_data_open_government");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry members;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	Questionnaires questionnaires;

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
	void aMemberSavesContinuesLaterAndSubmitsOnceAndEveryContactGetsACopy() {
		long member = this.fixture.member("Kreis-IT", this.anna, "en:" + this.ben);
		long round = this.fixture.round(2061, Set.of(member), DEVICES + ":number", "outsourcing_willingness:choice",
				"device_type_share:breakdown", "topic_relevance:rating");
		assertThat(get(this.anna, "/member")).hasStatusOk().bodyText()
			.contains("Mitgliederumfrage 2061", "noch nicht begonnen");
		String uri = "/member/surveys/" + round;
		assertThat(get(this.anna, uri)).hasStatusOk().bodyText()
			.contains("1. Corona-bedingt bestellte Endgeräte", "2. Bereitschaft, Leistungen auszulagern", "Schulen",
					"keine Angabe", "4 – hoch");

		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "164.400",
				"value-" + ADMINISTRATIONS, "0", "declined-" + OTHER, "1", "choice-outsourcing_willingness",
				"increasing", "value-device_type_share-tablets", "73,1", "value-topic_relevance-e_file", "5"))
			.hasStatus3xxRedirection();
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "164400.00")
			.containsEntry(ADMINISTRATIONS, "0.00")
			.containsEntry(OTHER, "keine Angabe")
			.containsEntry("outsourcing_willingness-increasing", "1.00")
			.containsEntry("outsourcing_willingness-decreasing", "0.00")
			.containsEntry("device_type_share-tablets", "73.10")
			.containsEntry("topic_relevance-e_file", "5.00")
			.doesNotContainKey("device_type_share-laptops");
		assertThat(get(this.anna, uri)).hasStatusOk().bodyText()
			.contains("Zuletzt gespeichert", this.anna, "value=\"164.400\"", "value=\"73,1\"");
		assertThat(get(this.ben, "/member?lang=en")).bodyText().contains("in progress, last saved on");

		MvcTestResult incomplete = post(this.anna, uri, action("submit", version(member, round)));
		assertThat(incomplete).hasStatus(422).bodyText()
			.contains("Gespeichert, aber noch nicht abgesendet", "Frage 3 ist nicht vollständig beantwortet",
					"Frage 4 ist nicht vollständig beantwortet");
		assertThat(submittedAt(member, round)).isNull();

		Map<String, String> rest = new LinkedHashMap<>(action("submit", version(member, round)));
		rest.putAll(Map.of("value-device_type_share-laptops", "16,9", "value-device_type_share-other", "8,7",
				"value-device_type_share-smartphones", "1,3"));
		TOPICS.stream().skip(1).forEach((topic) -> rest.put("value-topic_relevance-" + topic, "4"));
		rest.put("value-topic_relevance-open_data_open_government", "-");
		assertThat(post(this.ben, uri, rest)).hasStatus3xxRedirection();
		assertThat(submittedAt(member, round)).isNotNull();
		assertThat(get(this.anna, uri)).hasStatusOk().bodyText()
			.contains("Abgesendet am", this.ben, "164.400", "keine Angabe")
			.doesNotContain("name=\"value-");

		assertThat(mail(this.anna, "Ihre Antworten zur Vitako-Mitgliederumfrage 2061")).contains(
				"1. Corona-bedingt bestellte Endgeräte", "Schulen: 164.400", "Sonstige: keine Angabe",
				"   Ansteigend", "Tablets: 73,1\u00a0%", "E-Akte: 5 – sehr hoch",
				"Open Data / Open Government: keine Angabe");
		assertThat(mail(this.ben, "Your answers to the Vitako member survey 2061")).contains("Schools: 164,400",
				"Other: not stated", "Increasing", "Information security: 4 – high");

		int changes = history(member, round);
		assertThat(post(this.anna, uri, action("submit", version(member, round)))).hasStatus(409).bodyText()
			.contains("bereits abgesendet");
		assertThat(history(member, round)).as("a double submit changes nothing").isEqualTo(changes);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from mail_outbox where kind = 'confirmation' and recipient in (?, ?)""",
				Integer.class, this.anna, this.ben)).as("one copy each").isEqualTo(2);
		assertThat(this.jdbc.queryForList("""
				select action || ' ' || coalesce(metric_code || '-' || segment_code || ' ', '') || old_state || '>'
				       || new_state || ' ' || changed_by
				from survey_answer_change c join survey_response r on r.id = c.response_id
				where r.round_id = ? and c.action = 'answer' and c.metric_code = ? order by c.id""", String.class,
				round, DEVICES))
			.containsExactly("answer " + SCHOOLS + " empty>value " + this.anna,
					"answer " + ADMINISTRATIONS + " empty>value " + this.anna,
					"answer " + OTHER + " empty>declined " + this.anna);
	}

	@Test
	void badInputIsRefusedFieldByFieldAndStoresNothing() {
		long member = this.fixture.member("Stadt-IT", this.anna);
		long round = this.fixture.round(2062, Set.of(member), DEVICES + ":number", "topic_relevance:rating",
				"outsourcing_willingness:choice");
		String uri = "/member/surveys/" + round;
		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "zwölf",
				"value-" + ADMINISTRATIONS, "1.5", "value-" + OTHER, "3", "declined-" + OTHER, "1",
				"value-topic_relevance-e_file", "7", "choice-outsourcing_willingness", "sometimes"))
			.hasStatus(422)
			.bodyText()
			.contains("Bitte korrigieren Sie", "Das ist keine Zahl", "mehrdeutig",
					"nicht beides", "Bewertung aus der Liste", "eine der Antworten");
		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "12",
				"note-" + SCHOOLS, "x".repeat(501)))
			.hasStatus(422)
			.bodyText()
			.contains("höchstens 500 Zeichen");
		assertThat(answers(member, round)).isEmpty();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from survey_answer_change c join survey_response r on r.id = c.response_id
				where r.round_id = ?""", Integer.class, round)).isZero();

		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "1.200,5"))
			.as("a count is whole").hasStatus(422).bodyText().contains("ganze Zahl");
		assertThat(post(this.anna, uri + "?lang=en", "action", "save", "version", "0", "value-" + SCHOOLS, "1,200"))
			.as("the English form reads English numbers").hasStatus3xxRedirection();
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "1200.00");
	}

	@Test
	void twoContactsSavingAtOnceKeepBothAndAClashStoresNothing() throws Exception {
		long member = this.fixture.member("Zweckverband", this.anna, this.ben);
		long round = this.fixture.round(2063, Set.of(member), DEVICES + ":number");
		String uri = "/member/surveys/" + round;
		assertThat(get(this.anna, uri)).hasStatusOk();
		assertThat(get(this.ben, uri)).hasStatusOk();
		// both forms were opened at version 0 with every field empty
		assertThat(post(this.ben, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "100", "base-" + SCHOOLS,
				"", "value-" + ADMINISTRATIONS, "", "base-" + ADMINISTRATIONS, ""))
			.hasStatus3xxRedirection();
		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "", "base-" + SCHOOLS,
				"", "value-" + ADMINISTRATIONS, "200", "base-" + ADMINISTRATIONS, ""))
			.as("different answers: both kept").hasStatus3xxRedirection();
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "100.00").containsEntry(ADMINISTRATIONS, "200.00");

		MvcTestResult clash = post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "300",
				"base-" + SCHOOLS, "", "value-" + ADMINISTRATIONS, "200", "base-" + ADMINISTRATIONS, "");
		assertThat(clash).hasStatus(409).bodyText()
			.contains(" hat den Fragebogen am", "Inzwischen gespeichert: 100", "value=\"300\"");
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "100.00");
		String body = clash.getResponse().getContentAsString();
		assertThat(body).contains("name=\"version\" value=\"" + version(member, round) + "\"",
				"name=\"base-" + SCHOOLS + "\" value=\"100\"");

		assertThat(post(this.anna, uri, "action", "save", "version", version(member, round), "value-" + SCHOOLS,
				"300", "base-" + SCHOOLS, "100"))
			.as("saved again after seeing the other answer").hasStatus3xxRedirection();
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "300.00");
	}

	@Test
	void aMemberReachesNoOtherMembersQuestionnaireAndNoRoundBeforeItsInvitation() throws Exception {
		long member = this.fixture.member("Eigenes RZ", this.anna);
		long other = this.fixture.member("Fremdes RZ", this.ben);
		long round = this.fixture.round(2064, Set.of(member), DEVICES + ":number");
		String uri = "/member/surveys/" + round;
		post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "4711");
		assertThat(get(this.ben, uri)).hasStatus(404);
		assertThat(post(this.ben, uri, "action", "save", "version", "1", "value-" + SCHOOLS, "1")).hasStatus(404);
		assertThat(get(this.ben, uri + "/questionnaire.xlsx")).hasStatus(404);
		assertThat(post(this.ben, uri + "/upload/apply")).hasStatus(404);
		// a member's own answers are in no public answer: not in the API, not in the exports
		for (String open : List.of("/api/v1/figures?metric=" + DEVICES, "/api/v1/metrics/" + DEVICES + "/figures",
				"/export/figures.csv", "/admin/figures?metric=" + DEVICES)) {
			MvcTestResult shown = this.mvc.get().uri(open).with(user("staff-editor").roles("EDITOR")).exchange();
			assertThat(shown).as(open).hasStatusOk();
			assertThat(shown.getResponse().getContentAsString()).as(open).doesNotContain("4711", "4.711");
		}
		assertThat(get(this.ben, "/member")).bodyText().doesNotContain("2064");
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "4711.00");
		assertThat(this.jdbc.queryForObject("select count(*) from survey_response where member_id = ?",
				Integer.class, other)).isZero();

		long unsent = this.planner.create(new RoundDetails(2065, new de.vitako.dashboard.figures.LocalizedText("U",
				"U"), LocalDate.now().minusDays(1), LocalDate.now().plusDays(5)), "test");
		this.planner.invite(unsent, this.fixture.version(unsent), Set.of(member), "test");
		assertThat(get(this.anna, "/member/surveys/" + unsent)).as("invited, but not mailed yet").hasStatus(404);
		assertThat(get(this.anna, "/member/surveys/999999999")).hasStatus(404);
		assertThat(get(this.anna, "/admin/surveys/" + round + "/responses/" + member)).hasStatus(403);
	}

	@Test
	void aJumpAgainstTheMembersOwnLastYearNeedsAConfirmationOrANote() throws Exception {
		long member = this.fixture.member("Sprung-IT", this.anna);
		long last = this.fixture.round(2066, Set.of(member), DEVICES + ":number");
		SaveOutcome before = this.questionnaires.save(this.anna, last, 0, Map.of(new AnswerKey(DEVICES, "schools"),
				Answer.of(new BigDecimal("1000")), new AnswerKey(DEVICES, "municipal_administrations"),
				Answer.of(new BigDecimal("500")), new AnswerKey(DEVICES, "other"), Answer.notStated()), Map.of(), true,
				"form");
		assertThat(before.submitted()).isTrue();
		long round = this.fixture.round(2067, Set.of(member), DEVICES + ":number");
		String uri = "/member/surveys/" + round;
		assertThat(get(this.anna, uri)).bodyText().contains("Ihre Angabe für 2066: 1.000",
				"Ihre Angabe für 2066: 500",
				"Ihre Angabe für 2066: keine Angabe");

		MvcTestResult jumped = post(this.anna, uri, "action", "submit", "version", "0", "value-" + SCHOOLS, "20.000",
				"value-" + ADMINISTRATIONS, "40", "declined-" + OTHER, "1");
		assertThat(jumped).hasStatus(422).bodyText().contains("Frage 1: Ein Wert weicht um mehr als das Zehnfache");
		assertThat(jumped.getResponse().getContentAsString()).as("the request to confirm shows")
			.contains("class=\"jump\" id=\"jump-" + SCHOOLS + "\">")
			.contains("class=\"jump\" id=\"jump-" + ADMINISTRATIONS + "\">")
			.doesNotContain("id=\"jump-" + OTHER + "\"");
		assertThat(submittedAt(member, round)).isNull();

		assertThat(post(this.anna, uri, "action", "submit", "version", version(member, round), "value-" + SCHOOLS,
				"20.000", "confirm-" + SCHOOLS, "1", "value-" + ADMINISTRATIONS, "40", "note-" + ADMINISTRATIONS,
				"Verwaltungen sind zum Land gewechselt", "declined-" + OTHER, "1"))
			.hasStatus3xxRedirection();
		assertThat(submittedAt(member, round)).isNotNull();
		assertThat(this.jdbc.queryForObject("""
				select a.note from survey_answer a join survey_response r on r.id = a.response_id
				where r.round_id = ? and a.segment_code = 'municipal_administrations'""", String.class, round))
			.isEqualTo("Verwaltungen sind zum Land gewechselt");
	}

	@Test
	void nothingIsSavedBeforeTheRoundOpensOrAfterItClosesAndWhatWasTypedStaysOnThePage() {
		long member = this.fixture.member("Spät-IT", this.anna);
		long round = this.fixture.round(2068, Set.of(member), DEVICES + ":number");
		String uri = "/member/surveys/" + round;
		this.fixture.dates(round, LocalDate.now().minusDays(30), LocalDate.now().minusDays(1));
		assertThat(get(this.anna, uri)).hasStatusOk().bodyText().contains("zu Ende gegangen")
			.doesNotContain("name=\"value-");
		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "815"))
			.hasStatus(409)
			.bodyText()
			.contains("Die Umfrage ist beendet");
		this.fixture.dates(round, LocalDate.now().plusDays(1), LocalDate.now().plusDays(9));
		assertThat(post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "815"))
			.hasStatus(409)
			.bodyText()
			.contains("noch nicht begonnen");
		assertThat(answers(member, round)).isEmpty();
	}

	@Test
	void surveyStaffSeeTheAnswersWithTheirHistoryAndReopenASubmittedQuestionnaire() {
		long member = this.fixture.member("Offen-IT", this.anna);
		long silent = this.fixture.member("Stilles RZ", this.ben);
		long round = this.fixture.round(2069, Set.of(member, silent), DEVICES + ":number");
		String uri = "/member/surveys/" + round;
		post(this.anna, uri, "action", "save", "version", "0", "value-" + SCHOOLS, "10", "value-" + ADMINISTRATIONS,
				"20", "value-" + OTHER, "30");
		post(this.anna, uri, "action", "submit", "version", version(member, round), "value-" + SCHOOLS, "11",
				"base-" + SCHOOLS, "10", "value-" + ADMINISTRATIONS, "20", "value-" + OTHER, "30");
		String staff = "/admin/surveys/" + round + "/responses/" + member;
		assertThat(staffGet("SURVEY", staff)).hasStatusOk().bodyText()
			.contains("Abgesendet am", "Schulen", "11", "Verlauf", "10", "Formular", "Wieder öffnen");
		assertThat(staffGet("EDITOR", staff)).as("editors see aggregates only").hasStatus(403);
		assertThat(staffGet("PUBLISHER", "/admin/surveys/" + round + "/responses")).hasStatus(403);

		MvcTestResult progress = staffGet("SURVEY", "/admin/surveys/" + round + "/responses");
		assertThat(progress).hasStatusOk().bodyText()
			.contains("1 von 2 eingeladenen Mitgliedern haben abgesendet (50 %)", "abgesendet",
					"angeschrieben, noch nicht geöffnet");
		assertThat(staffGet("SURVEY", "/admin/surveys/" + round + "/responses/members.csv")).hasStatusOk()
			.bodyText()
			.startsWith("\uFEFFKurzname;Name;Status;Angeschrieben")
			.contains(";abgesendet;", ";angeschrieben, noch nicht geöffnet;");
		assertThat(staffGet("SURVEY", "/admin/surveys/" + round + "/responses/questions.csv?lang=en")).hasStatusOk()
			.bodyText()
			.contains("No.;Metric (code);Question;Invited;With a value;Not stated;Response rate (%)",
					";;Questionnaire submitted;2;1;;50.0",
					"1;devices_ordered;Devices ordered because of the pandemic;2;1;0;50.0");

		String version = String.valueOf(this.jdbc.queryForObject(
				"select version from survey_response where round_id = ? and member_id = ?", Long.class, round,
				member));
		assertThat(staffPost("SURVEY", staff + "/reopen", "version", "0")).hasStatus3xxRedirection();
		assertThat(submittedAt(member, round)).as("an outdated page reopens nothing").isNotNull();
		assertThat(staffPost("SURVEY", staff + "/reopen", "version", version)).hasStatus3xxRedirection();
		assertThat(submittedAt(member, round)).isNull();
		assertThat(staffGet("SURVEY", staff)).bodyText().contains("Wieder geöffnet", "Geschäftsstelle");
		assertThat(post(this.anna, uri, "action", "save", "version", version(member, round), "value-" + SCHOOLS,
				"12", "base-" + SCHOOLS, "11"))
			.as("the member may change it again").hasStatus3xxRedirection();
		assertThat(answers(member, round)).containsEntry(SCHOOLS, "12.00");
		assertThat(this.jdbc.queryForList("""
				select action from survey_answer_change c join survey_response r on r.id = c.response_id
				where r.round_id = ? and r.member_id = ? and action <> 'answer' order by c.id""", String.class, round,
				member)).containsExactly("submit", "reopen");
	}

	private Map<String, String> action(String action, String version) {
		return Map.of("action", action, "version", version);
	}

	private String version(long member, long round) {
		return String.valueOf(this.jdbc.queryForObject(
				"select version from survey_response where round_id = ? and member_id = ?", Long.class, round,
				member));
	}

	/** The stored answers by field name: the value, or "keine Angabe". */
	private Map<String, String> answers(long member, long round) {
		Map<String, String> answers = new LinkedHashMap<>();
		this.jdbc.query("""
				select a.metric_code || '-' || a.segment_code, coalesce(a.value::text, 'keine Angabe')
				from survey_answer a join survey_response r on r.id = a.response_id
				where r.round_id = ? and r.member_id = ?""", (rs) -> {
			answers.put(rs.getString(1), rs.getString(2));
		}, round, member);
		return answers;
	}

	private Object submittedAt(long member, long round) {
		return this.jdbc.queryForObject("select submitted_at from survey_response where round_id = ? and member_id = ?",
				Object.class, round, member);
	}

	private int history(long member, long round) {
		return this.jdbc.queryForObject("""
				select count(*) from survey_answer_change c join survey_response r on r.id = c.response_id
				where r.round_id = ? and r.member_id = ?""", Integer.class, round, member);
	}

	private String mail(String recipient, String subject) {
		return this.jdbc.queryForObject("select text_body from mail_outbox where recipient = ? and subject = ?",
				String.class, recipient, subject);
	}

	private MvcTestResult get(String email, String uri) {
		return this.mvc.get().uri(uri).with(user(email).roles("MEMBER")).exchange();
	}

	private MvcTestResult post(String email, String uri, String... parameters) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < parameters.length; i += 2) {
			map.put(parameters[i], parameters[i + 1]);
		}
		return post(email, uri, map);
	}

	private MvcTestResult post(String email, String uri, Map<String, String> parameters) {
		var request = this.mvc.post().uri(uri).with(user(email).roles("MEMBER")).with(csrf());
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			request = request.param(parameter.getKey(), parameter.getValue());
		}
		return request.exchange();
	}

	private MvcTestResult staffGet(String role, String uri) {
		return this.mvc.get().uri(uri).with(user("staff-" + role.toLowerCase()).roles(role)).exchange();
	}

	private MvcTestResult staffPost(String role, String uri, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("staff-" + role.toLowerCase()).roles(role)).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

}
