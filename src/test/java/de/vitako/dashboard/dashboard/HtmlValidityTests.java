package de.vitako.dashboard.dashboard;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.WebClient;
import de.vitako.dashboard.survey.MemberDetails;
import de.vitako.dashboard.survey.MemberRegistry;
import de.vitako.dashboard.survey.RoundDetails;
import de.vitako.dashboard.survey.SurveyPlanner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, in both languages, and the SVG images pass the W3C Nu Html Checker ({@code vnu.jar}, from
 * npm's {@code vnu-jar}, which {@code .ci/run} installs): the markup is what browsers and assistive technology are
 * specified to read. Its path is {@code VITAKO_TEST_VNU_JAR}; without it the test is skipped with a message, except
 * on CI ({@code CI=true}), where it fails.
 */
@IntegrationTest
class HtmlValidityTests {

	static final String DEFAULT_JAR = "/opt/vnu/node_modules/vnu-jar/build/dist/vnu.jar";

	private static final List<String> PUBLIC_PAGES = List.of("/", "/metrics/employees", "/metrics/devices-ordered", "/metrics/device-type-share",
			"/metrics/employees?from=2018&to=2020", "/metrics/employees?release=1", "/releases", "/releases/1",
			"/impressum", "/datenschutz", "/barrierefreiheit", "/embed/metrics/employees", "/embed/metrics/nothing",
			"/no-such-page", "/login", "/login?error", "/member/password-reset", "/member/password-reset?sent",
			"/member/password/" + "A".repeat(43));

	private static final List<String> ADMIN_PAGES = List.of("/admin/figures", "/admin/figures?metric=employees",
			"/admin/metrics/employees/years/new", "/admin/history", "/admin/publish", "/admin/import",
			"/admin/catalogue", "/admin/catalogue/new", "/admin/catalogue/employees", "/admin/sources",
			"/admin/accounts", "/admin/accounts/new", "/admin/password", "/admin/outbox",
			"/admin/members", "/admin/members/import", "/admin/surveys");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	MemberRegistry members;

	@Test
	void everyPageAndImageIsValidHtmlAndSvg(@TempDir Path pages) throws Exception {
		String base = "http://localhost:" + this.port;
		WebClient reader = new WebClient();
		WebClient admin = new WebClient();
		admin.login(base);
		List<Path> files = new ArrayList<>();
		List<String> adminPages = new ArrayList<>(ADMIN_PAGES);
		adminPages.addAll(surveyPages());
		for (String language : List.of("de", "en")) {
			for (String page : PUBLIC_PAGES) {
				files.add(save(pages, reader.get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language,
						"text/html").body(), page + "-" + language, ".html"));
			}
			for (String page : adminPages) {
				files.add(save(pages, admin.get(base + page + (page.contains("?") ? "&" : "?") + "lang=" + language,
						"text/html").body(), page + "-" + language, ".html"));
			}
			files.add(save(pages, reader.get(base + "/metrics/employees.svg?lang=" + language, "image/svg+xml")
				.body(), "chart-" + language, ".svg"));
		}
		JsonNode report = check(files);
		List<String> errors = new ArrayList<>();
		for (JsonNode message : report.get("messages")) {
			if (!"info".equals(message.get("type").asString())) {
				errors.add(message.get("url").asString() + ":" + message.path("lastLine").asInt() + ": "
						+ message.get("message").asString() + " [" + message.path("extract").asString() + "]");
			}
		}
		assertThat(errors).as("%d files checked", files.size()).isEmpty();
	}

	/** A round's results and a member's own results, of a round made for this test with a rating question. */
	private List<String> surveyPages() {
		long member = this.members.add(new MemberDetails("Nu-Prüfung", "nu-" + UUID.randomUUID().toString()
			.substring(0, 8), "data_centre", "NW", null), "test");
		long round = this.planner.create(new RoundDetails(2056, new LocalizedText("Umfrage 2056", "Survey 2056"),
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(10)), "test");
		this.planner.ask(round, this.planner.get(round).orElseThrow().version(), "topic_relevance", "rating", null);
		this.planner.invite(round, this.planner.get(round).orElseThrow().version(), Set.of(member), "test");
		return List.of("/admin/surveys/" + round + "/results",
				"/admin/surveys/" + round + "/responses/" + member + "/results");
	}

	private static Path save(Path dir, String body, String name, String suffix) throws Exception {
		assertThat(body).as(name).isNotBlank();
		Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + suffix);
		Files.writeString(file, body, StandardCharsets.UTF_8);
		return file;
	}

	/** Runs the checker once over every file; its JSON report. */
	private JsonNode check(List<Path> files) throws Exception {
		String jar = System.getenv().getOrDefault("VITAKO_TEST_VNU_JAR", DEFAULT_JAR);
		if (!new File(jar).canRead()) {
			String message = "No vnu.jar at " + jar + ": install it with 'npm install --prefix /opt/vnu vnu-jar' "
					+ "(.ci/run does), or set VITAKO_TEST_VNU_JAR.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-jar", jar, "--format", "json", "--stdout", "--also-check-svg"));
		files.forEach((file) -> command.add(file.toString()));
		Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = checker.getInputStream().readAllBytes();
		assertThat(checker.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return this.json.readTree(output);
	}

}
