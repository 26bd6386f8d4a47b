package de.vitako.dashboard.survey;

import java.util.UUID;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins prepare a survey round through the admin pages: one per reporting year, open between two days, asking
 * about metrics of the catalogue in the way each metric allows, and inviting members that have not left.
 */
@IntegrationTest
class SurveyRoundTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	MemberRegistry members;

	@Autowired
	JdbcTemplate jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aRoundAsksAboutCatalogueMetricsInTheWayEachAllows() {
		long id = create("2091");
		assertThat(ask(id, "employees", "number", "", "")).hasStatus3xxRedirection();
		assertThat(ask(id, "device_type_share", "number", "", "")).hasStatus(422).bodyText()
			.contains("passt nicht zur Kennzahl");
		assertThat(ask(id, "device_type_share", "breakdown", "Bitte in Prozent", "In percent"))
			.hasStatus3xxRedirection();
		assertThat(ask(id, "topic_relevance", "rating", "", "")).hasStatus3xxRedirection();
		assertThat(ask(id, "employees", "number", "", "")).hasStatus(422).bodyText().contains("schon gefragt");
		assertThat(ask(id, "no_such_metric", "number", "", "")).hasStatus(422).bodyText()
			.contains("gibt es im Katalog nicht");
		assertThat(ask(id, "video_licences", "number", "Nur Deutsch", "")).hasStatus(422).bodyText()
			.contains("in beiden Sprachen");
		RoundEntry entry = this.planner.get(id).orElseThrow();
		assertThat(entry.questions()).extracting(RoundEntry.Question::metric, RoundEntry.Question::answerKind)
			.containsExactly(tuple("employees", "number"), tuple("device_type_share", "breakdown"),
					tuple("topic_relevance", "rating"));
		assertThat(post("/admin/surveys/" + id + "/questions/device_type_share/remove", "version",
				String.valueOf(entry.version())))
			.hasStatus3xxRedirection();
		assertThat(this.planner.get(id).orElseThrow().questions()).extracting(RoundEntry.Question::metric)
			.containsExactly("employees", "topic_relevance");
		assertThat(get("/admin/surveys/" + id + "?lang=en")).hasStatusOk().bodyText()
			.contains("Survey 2091", "Staff", "rating per segment");
	}

	@Test
	void refusesBadInputWithMessagesAndStoresNothing() {
		create("2092");
		int rounds = this.jdbc.queryForObject("select count(*) from survey_round", Integer.class);
		assertThat(post("/admin/surveys", "year", "1980", "titleDe", "", "titleEn", "Survey", "opensOn",
				"2027-02-30", "closesOn", ""))
			.hasStatus(422)
			.bodyText()
			.contains("zwischen 1990 und 2100", "Bitte geben Sie den Titel ein.", "Bitte geben Sie ein Datum an.");
		assertThat(post("/admin/surveys", "year", "2093", "titleDe", "Umfrage", "titleEn", "Survey", "opensOn",
				"2094-03-01", "closesOn", "2094-02-01"))
			.hasStatus(422)
			.bodyText()
			.contains("nicht vor dem Beginn");
		assertThat(post("/admin/surveys", "year", "2092", "titleDe", "Umfrage", "titleEn", "Survey", "opensOn",
				"2093-02-01", "closesOn", "2093-03-31"))
			.hasStatus(422)
			.bodyText()
			.contains("Für 2092 gibt es schon eine Umfragerunde.");
		assertThat(this.jdbc.queryForObject("select count(*) from survey_round", Integer.class)).isEqualTo(rounds);
		assertThat(get("/admin/surveys/999999999")).hasStatus(404);
	}

	@Test
	void invitesMembersThatHaveNotLeftAndAStaleFormSavesNothing() {
		long id = create("2094");
		long stays = this.members.add(new MemberDetails("Bleibt " + this.tag, "bleibt-" + this.tag, "software", null,
				null), "test");
		long leaves = this.members.add(new MemberDetails("Geht " + this.tag, "geht-" + this.tag, "software", null,
				null), "test");
		this.members.leave(leaves, this.members.get(leaves).orElseThrow().version());
		long version = this.planner.get(id).orElseThrow().version();
		assertThat(post("/admin/surveys/" + id + "/invitations", "version", String.valueOf(version), "member",
				String.valueOf(stays), "member", String.valueOf(leaves)))
			.hasStatus3xxRedirection();
		assertThat(this.planner.get(id).orElseThrow().invitedMembers()).isEmpty();
		assertThat(post("/admin/surveys/" + id + "/invitations", "version", String.valueOf(version), "member",
				String.valueOf(stays)))
			.hasStatus3xxRedirection();
		assertThat(this.planner.get(id).orElseThrow().invitedMembers()).containsExactly(stays);
		assertThat(get("/admin/surveys/" + id)).bodyText().contains("bleibt-" + this.tag)
			.doesNotContain("geht-" + this.tag);

		assertThat(ask(id, "employees", "number", "", "", version)).hasStatus(422).bodyText()
			.contains("Jemand hat diese Runde geändert");
		assertThat(this.planner.get(id).orElseThrow().questions()).isEmpty();
	}

	/**
	 * Sending mails each invited member's contacts once: a set-password link to whoever has no password yet, the
	 * members' area to whoever has; nobody is mailed twice.
	 */
	@Test
	void sendingTheRoundMailsEachInvitedMembersContactsOnce() {
		long id = create("2095");
		assertThat(post("/admin/surveys/" + id + "/send", "version", version(id))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where subject like '%2095%'",
				Integer.class)).as("a round that asks nothing sends nothing").isZero();
		ask(id, "employees", "number", "", "");
		long member = this.members.add(new MemberDetails("Runde " + this.tag, "runde-" + this.tag, "service", "BY",
				null), "test");
		String fresh = "neu." + this.tag + "@example.org";
		String known = "bekannt." + this.tag + "@example.org";
		this.members.addContact(member, this.members.get(member).orElseThrow().version(),
				new ContactDetails("Neu", fresh, "de"));
		this.members.addContact(member, this.members.get(member).orElseThrow().version(),
				new ContactDetails("Known", known, "en"));
		this.jdbc.update("update member_contact set password_hash = '{noop}x', password_set_at = now() where email = ?",
				known);
		post("/admin/surveys/" + id + "/invitations", "version", version(id), "member", String.valueOf(member));
		assertThat(post("/admin/surveys/" + id + "/send", "version", version(id))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForList("""
				select kind || ' ' || subject from mail_outbox where recipient in (?, ?) order by recipient""",
				String.class, known, fresh))
			.containsExactly("round Vitako member survey 2095", "round_new Vitako-Mitgliederumfrage 2095");
		assertThat(this.jdbc.queryForObject("select text_body from mail_outbox where recipient = ?", String.class,
				fresh)).contains("/member/password/", "31. März 2095");
		assertThat(this.jdbc.queryForObject("select text_body from mail_outbox where recipient = ?", String.class,
				known)).contains("http://localhost/member", "31 March 2095").doesNotContain("/member/password/");
		assertThat(post("/admin/surveys/" + id + "/send", "version", version(id))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient in (?, ?)",
				Integer.class, known, fresh)).as("nobody twice").isEqualTo(2);

		long closed = create("1999");
		ask(closed, "employees", "number", "", "");
		post("/admin/surveys/" + closed + "/invitations", "version", version(closed), "member",
				String.valueOf(member));
		assertThat(post("/admin/surveys/" + closed + "/send", "version", version(closed))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient in (?, ?)",
				Integer.class, known, fresh)).as("a closed round sends nothing").isEqualTo(2);
	}

	private String version(long id) {
		return String.valueOf(this.planner.get(id).orElseThrow().version());
	}

	private long create(String year) {
		MvcTestResult created = post("/admin/surveys", "year", year, "titleDe", "Umfrage " + year, "titleEn",
				"Survey " + year, "opensOn", year + "-02-01", "closesOn", year + "-03-31");
		assertThat(created).hasStatus3xxRedirection();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replace("/admin/surveys/", ""));
	}

	private MvcTestResult ask(long id, String metric, String kind, String helpDe, String helpEn) {
		return ask(id, metric, kind, helpDe, helpEn, this.planner.get(id).orElseThrow().version());
	}

	private MvcTestResult ask(long id, String metric, String kind, String helpDe, String helpEn, long version) {
		return post("/admin/surveys/" + id + "/questions", "metric", metric, "answerKind", kind, "helpDe", helpDe,
				"helpEn", helpEn, "version", String.valueOf(version));
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("admin").roles("ADMIN")).exchange();
	}

	private MvcTestResult post(String uri, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("admin").roles("ADMIN")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

}
