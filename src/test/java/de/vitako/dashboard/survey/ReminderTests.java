package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * Reminders go to the contacts of members that have not submitted, on demand and automatically some days before
 * the round closes; never more than the limit per member, never twice within the gap, and only while the round
 * is open.
 */
@IntegrationTest
class ReminderTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry members;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	private SurveyFixture fixture;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void fixture() {
		this.fixture = new SurveyFixture(this.members, this.planner);
	}

	@Test
	void remindsOnlyNonRespondersWithinTheLimitAndTheGap() {
		String late = "spaet." + this.tag + "@example.org";
		String fresh = "neu." + this.tag + "@example.org";
		String done = "fertig." + this.tag + "@example.org";
		long lateMember = this.fixture.member("Spät-IT", late, "en:" + fresh);
		this.jdbc.update("update member_contact set password_hash = '{noop}x', password_set_at = now() where email = ?",
				late);
		long doneMember = this.fixture.member("Fertig-IT", done);
		long round = this.fixture.round(2071, Set.of(lateMember, doneMember), "employees:number");
		this.questionnaires.save(done, round, 0, Map.of(new AnswerKey("employees", "total"),
				Answer.of(BigDecimal.TEN)), Map.of(), true, "form");

		assertThat(remind(round)).contains("1 Mitglieder erinnert; 0 ausgelassen");
		assertThat(mails(late, fresh, done)).containsExactly(
				late + " reminder Erinnerung: Vitako-Mitgliederumfrage 2071",
				fresh + " reminder_new Reminder: Vitako member survey 2071");
		assertThat(this.jdbc.queryForObject("""
				select text_body from mail_outbox where recipient = ? and kind = 'reminder'""", String.class, late))
			.contains("http://localhost/member/surveys/" + round);
		assertThat(this.jdbc.queryForObject("""
				select text_body from mail_outbox where recipient = ? and kind = 'reminder_new'""", String.class,
				fresh))
			.contains("http://localhost/member/password/");

		assertThat(remind(round)).as("not twice within the gap").contains("0 Mitglieder erinnert; 1 ausgelassen");
		assertThat(mails(late, fresh, done)).hasSize(2);

		// the round closes in three days: the automatic reminder waits for the gap, then goes out once
		this.fixture.dates(round, LocalDate.now().minusDays(1), LocalDate.now().plusDays(3));
		this.reminders.remindAutomatically();
		assertThat(reminders(round, lateMember)).containsExactly("staff-survey");
		this.jdbc.update("update survey_reminder set sent_at = sent_at - interval '4 days' where round_id = ?", round);
		this.reminders.remindAutomatically();
		this.reminders.remindAutomatically();
		assertThat(reminders(round, lateMember)).containsExactly("staff-survey", Reminders.AUTOMATIC);
		assertThat(reminders(round, doneMember)).isEmpty();

		this.jdbc.update("update survey_reminder set sent_at = sent_at - interval '4 days' where round_id = ?", round);
		assertThat(remind(round)).contains("1 Mitglieder erinnert");
		assertThat(reminders(round, lateMember)).hasSize(3);
		this.jdbc.update("update survey_reminder set sent_at = sent_at - interval '4 days' where round_id = ?", round);
		assertThat(remind(round)).as("three at most").contains("0 Mitglieder erinnert; 1 ausgelassen");
		assertThat(reminders(round, lateMember)).hasSize(3);
		assertThat(this.mvc.get().uri("/admin/surveys/" + round + "/responses").with(user("s").roles("SURVEY")))
			.bodyText()
			.contains("höchstens 3-mal je Mitglied", "alle 3 Tage", "7 Tage vor dem Ende");

		// the server refused the reminder to the contact without a password: the member shows as undeliverable
		this.jdbc.update("""
				update mail_outbox set status = 'failed', sent_at = null, last_error = '550 no such user'
				where recipient = ? and kind = 'reminder_new'""", fresh);
		assertThat(this.mvc.get().uri("/admin/surveys/" + round + "/responses/members.csv")
			.with(user("s").roles("SURVEY")))
			.bodyText()
			.containsPattern("Spät-IT[^\\n]*;angeschrieben, noch nicht geöffnet;[^\\n]*;3;ja")
			.containsPattern("Fertig-IT[^\\n]*;abgesendet;[^\\n]*;0;nein");
		this.fixture.dates(round, LocalDate.now().minusDays(10), LocalDate.now().minusDays(1));
		assertThat(remind(round)).contains("nicht offen");
		assertThat(reminders(round, lateMember)).hasSize(3);
	}

	/** Staff press "send a reminder": what the page then says. */
	private String remind(long round) {
		MvcTestResult result = this.mvc.post().uri("/admin/surveys/" + round + "/responses/remind")
			.with(user("staff-survey").roles("SURVEY"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		Map<String, Object> flash = result.getMvcResult().getFlashMap();
		return String.valueOf(flash.containsKey("success") ? flash.get("success") : flash.get("problem"));
	}

	private List<String> mails(String... recipients) {
		return this.jdbc.queryForList("""
				select recipient || ' ' || kind || ' ' || subject from mail_outbox
				where recipient in (?, ?, ?) and kind like 'reminder%' order by id""", String.class,
				(Object[]) recipients);
	}

	private List<String> reminders(long round, long member) {
		return this.jdbc.queryForList("""
				select sent_by from survey_reminder where round_id = ? and member_id = ? order by id""", String.class,
				round, member);
	}

}
