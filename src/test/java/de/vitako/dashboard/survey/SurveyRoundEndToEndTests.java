package de.vitako.dashboard.survey;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.TestMailServer;
import de.vitako.dashboard.support.WebClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole round through real HTTP and a real SMTP server: staff create a round, ask, invite and send; a member
 * follows the mailed link, sets a password, logs in, saves, submits and receives the confirmation; a second member
 * is reminded, then answers by uploading the filled-in Excel template; the status page and its CSV show both,
 * with the response rate.
 */
@IntegrationTest
class SurveyRoundEndToEndTests {

	private static final Pattern PASSWORD_LINK = Pattern.compile("http://[^\\s]+/member/password/([A-Za-z0-9_-]{43})");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final String PASSWORD = "Ein Fragebogen im Browser";

	@LocalServerPort
	int port;

	@Autowired
	MemberRegistry members;

	@Autowired
	SurveyPlanner planner;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aRoundRunsFromInvitationToTheStatusPage() throws Exception {
		String base = "http://localhost:" + this.port;
		SurveyFixture fixture = new SurveyFixture(this.members, this.planner);
		String anna = "anna." + this.tag + "@example.org";
		String ben = "ben." + this.tag + "@example.org";
		long first = fixture.member("Erstes RZ", anna);
		long second = fixture.member("Zweites RZ", ben);

		WebClient staff = new WebClient();
		staff.login(base);
		String today = LocalDate.now().toString();
		HttpResponse<String> created = staff.postForm(base + "/admin/surveys", Map.of("year", "2077", "titleDe",
				"Mitgliederumfrage 2077", "titleEn", "Member survey 2077", "opensOn", today, "closesOn",
				LocalDate.now().plusDays(20).toString(), "_csrf", staff.csrfToken(base + "/admin/surveys")));
		assertThat(created.statusCode()).isEqualTo(302);
		String round = base + created.headers().firstValue("Location").orElseThrow();
		long id = Long.parseLong(round.substring(round.lastIndexOf('/') + 1));
		assertThat(staff.postForm(round + "/questions", Map.of("metric", "devices_ordered", "answerKind", "number",
				"helpDe", "", "helpEn", "", "version", version(staff, round), "_csrf", staff.csrfToken(round)))
			.statusCode()).isEqualTo(302);
		// both members: the form posts one member parameter per ticked box
		HttpResponse<String> both = staff.postForm(round + "/invitations?member=" + second, Map.of("member",
				String.valueOf(first), "version", version(staff, round), "_csrf", staff.csrfToken(round)));
		assertThat(both.statusCode()).isEqualTo(302);
		assertThat(staff.postForm(round + "/send", Map.of("version", version(staff, round), "_csrf",
				staff.csrfToken(round))).statusCode()).isEqualTo(302);

		// the first member: invitation → password → login → save → submit → confirmation
		String invitation = awaitMail(anna, "Vitako-Mitgliederumfrage 2077");
		WebClient annasBrowser = new WebClient();
		setPassword(annasBrowser, base, invitation);
		annasBrowser.login(base, anna, PASSWORD);
		String form = base + "/member/surveys/" + id;
		assertThat(annasBrowser.get(base + "/member").body()).contains("Mitgliederumfrage 2077");
		assertThat(annasBrowser.postForm(form, Map.of("action", "save", "version", version(annasBrowser, form),
				"value-devices_ordered-schools", "1.234", "_csrf", annasBrowser.csrfToken(form))).statusCode())
			.isEqualTo(302);
		assertThat(annasBrowser.postForm(form, Map.of("action", "submit", "version", version(annasBrowser, form),
				"value-devices_ordered-schools", "1.234", "base-devices_ordered-schools", "1234",
				"value-devices_ordered-municipal_administrations", "56", "declined-devices_ordered-other", "1",
				"_csrf", annasBrowser.csrfToken(form))).statusCode()).isEqualTo(302);
		assertThat(awaitMail(anna, "Ihre Antworten zur Vitako-Mitgliederumfrage 2077"))
			.contains("Schulen: 1.234", "Kommunale Verwaltungen: 56", "Sonstige: keine Angabe");

		// the second member is reminded (with a link to set a password: it has none yet), then answers
		String progress = round + "/responses";
		assertThat(staff.postForm(progress + "/remind", Map.of("_csrf", staff.csrfToken(progress))).statusCode())
			.isEqualTo(302);
		String reminder = awaitMail(ben, "Erinnerung: Vitako-Mitgliederumfrage 2077");
		assertThat(received(anna)).as("the first member, who submitted, is not reminded")
			.noneMatch((subject) -> subject.startsWith("Erinnerung"));
		WebClient bensBrowser = new WebClient();
		setPassword(bensBrowser, base, reminder);
		bensBrowser.login(base, ben, PASSWORD);
		byte[] template = bensBrowser.download(form + "/questionnaire.xlsx");
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0) {
					row.getCell(8).setCellValue(10.0 * row.getRowNum());
				}
			}
			workbook.write(out);
			filled = out.toByteArray();
		}
		HttpResponse<String> preview = bensBrowser.postFile(form + "/upload", "file", "fragebogen.xlsx", filled,
				bensBrowser.csrfToken(form));
		assertThat(preview.body()).contains("ändert 3 Antworten");
		assertThat(bensBrowser.postForm(form + "/upload/apply", Map.of("_csrf", csrf(preview.body())))
			.statusCode()).isEqualTo(302);
		assertThat(bensBrowser.postForm(form, Map.of("action", "submit", "version", version(bensBrowser, form),
				"_csrf", bensBrowser.csrfToken(form))).statusCode()).isEqualTo(302);
		awaitMail(ben, "Ihre Antworten zur Vitako-Mitgliederumfrage 2077");

		assertThat(staff.get(progress).body())
			.contains("2 von 2 eingeladenen Mitgliedern haben abgesendet (100 %)");
		String members = staff.get(progress + "/members.csv").body();
		assertThat(members.lines().filter((line) -> line.contains(";abgesendet;")).count()).isEqualTo(2);
		assertThat(members).contains("Erstes RZ", "Zweites RZ");
		assertThat(staff.get(progress + "/questions.csv").body()).contains(";;Fragebogen abgesendet;2;2;;100,0",
				"1;devices_ordered;Corona-bedingt bestellte Endgeräte;2;2;0;100,0");
		assertThat(received(anna)).as("each mail once").containsExactlyInAnyOrder(
				"Vitako-Mitgliederumfrage 2077", "Ihre Antworten zur Vitako-Mitgliederumfrage 2077");
		assertThat(received(ben)).containsExactlyInAnyOrder("Vitako-Mitgliederumfrage 2077",
				"Erinnerung: Vitako-Mitgliederumfrage 2077", "Ihre Antworten zur Vitako-Mitgliederumfrage 2077");

		assertThat(annasBrowser.get(base + "/admin/surveys/" + id + "/responses").statusCode())
			.as("a member sees nothing of the staff's pages").isEqualTo(403);
	}

	private void setPassword(WebClient browser, String base, String mail) {
		Matcher link = PASSWORD_LINK.matcher(mail);
		assertThat(link.find()).as("a link to set a password in %s", mail).isTrue();
		String page = base + "/member/password/" + link.group(1);
		assertThat(browser.postForm(page, Map.of("password", PASSWORD, "repeat", PASSWORD, "_csrf",
				browser.csrfToken(page))).statusCode()).isEqualTo(302);
	}

	private static String csrf(String page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private static String version(WebClient client, String page) {
		Matcher version = VERSION.matcher(client.get(page).body());
		assertThat(version.find()).as("a version on %s", page).isTrue();
		return version.group(1);
	}

	/** The text of the mail with this subject to this address, once it has arrived. */
	private static String awaitMail(String recipient, String subject) throws Exception {
		GreenMail server = TestMailServer.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : server.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(recipient)
						&& message.getSubject().equals(subject)) {
					return text(message.getContent());
				}
			}
			server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No mail \"" + subject + "\" to " + recipient + " within 30 s");
	}

	private static List<String> received(String recipient) throws Exception {
		List<String> subjects = new java.util.ArrayList<>();
		for (MimeMessage message : TestMailServer.start().getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(recipient)) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

	/** The plain text of a mail: its {@code text/plain} part. */
	private static String text(Object content) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				if (multipart.getBodyPart(i).isMimeType("text/plain")) {
					return (String) multipart.getBodyPart(i).getContent();
				}
				String inner = text(multipart.getBodyPart(i).getContent());
				if (!inner.isEmpty()) {
					return inner;
				}
			}
			return "";
		}
		return (content instanceof String text) ? text : "";
	}

}
