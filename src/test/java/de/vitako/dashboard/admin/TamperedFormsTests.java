package de.vitako.dashboard.admin;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values no form offers, sent by hand as an attacker or a broken client would: each is refused with our page and a
 * 4xx, nothing is stored, and no stack trace is logged.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TamperedFormsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final WebClient admin = new WebClient();

	@BeforeEach
	void signIn() {
		this.admin.login(base());
	}

	@Test
	void refusesAUnitNoFormOffers(CapturedOutput output) {
		int metrics = count("metric");
		Map<String, String> form = new HashMap<>(Map.of("code", "tampered", "labelDe", "Manipuliert", "labelEn",
				"Tampered", "unit", "BOGUS", "segmentCode", "total", "segmentLabelDe", "Gesamt", "segmentLabelEn",
				"Total"));
		form.put("_csrf", this.admin.csrfToken(base() + "/admin/catalogue/new"));
		HttpResponse<String> answer = this.admin.postForm(base() + "/admin/catalogue/new", form);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Ungültige Anfrage");
		assertThat(count("metric")).isEqualTo(metrics);
		assertThat(output.toString()).doesNotContain("\tat ");
	}

	@Test
	void refusesAPublicationThatIsNeitherNowNorLater(CapturedOutput output) {
		int releases = count("release");
		String page = this.admin.get(base() + "/admin/publish").body();
		String revision = page.replaceAll("(?s).*name=\"draftRevision\" value=\"(\\d+)\".*", "$1");
		HttpResponse<String> answer = this.admin.postForm(base() + "/admin/publish", Map.of("draftRevision", revision,
				"later", "maybe", "notesDe", "x", "notesEn", "x", "_csrf", this.admin.csrfToken(base() + "/admin/publish")));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(count("release")).isEqualTo(releases);
		assertThat(output.toString()).doesNotContain("\tat ");
	}

	/** PostgreSQL counts U+2028 (a line separator) as white space, so the form must refuse it too. */
	@Test
	void refusesASourceAddressWithALineSeparatorAsTheDatabaseWould(CapturedOutput output) {
		int sources = count("source");
		HttpResponse<String> answer = this.admin.postForm(base() + "/admin/sources", Map.of("title",
				"Quelle mit Trenner", "url", "https://example.org/a\u2028b", "_csrf",
				this.admin.csrfToken(base() + "/admin/sources")));
		assertThat(answer.statusCode()).isEqualTo(422);
		assertThat(answer.body()).contains("error-summary");
		assertThat(count("source")).isEqualTo(sources);
		assertThat(output.toString()).doesNotContain("\tat ");
	}

	/** The container stops reading past 12 MB; the answer is still our page, not a bare status. */
	@Test
	void answersAnUploadPastTheLimitWithOurPage() {
		HttpResponse<String> answer = this.admin.postFile(base() + "/admin/import", "file", "riesig.csv",
				new byte[13 * 1024 * 1024], this.admin.csrfToken(base() + "/admin/import"));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).as(answer.headers().map().toString()).contains("<html", "Anfrage zu groß");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
