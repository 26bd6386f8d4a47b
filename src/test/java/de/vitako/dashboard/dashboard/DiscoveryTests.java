package de.vitako.dashboard.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Releases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/**
 * How other sites and machines find and use the public data: CORS on the machine-readable answers (and nowhere
 * else), robots.txt, the sitemap, and each page's canonical URL with its language alternates.
 */
@IntegrationTest
class DiscoveryTests {

	private static final String ORIGIN = "https://notebook.example.org";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publisher publisher;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/metrics", "/api/v1/metrics/employees/figures", "/export/figures.csv",
			"/export/datapackage.json", "/export/catalog.ttl", "/export/catalog", "/v3/api-docs" })
	void letsBrowserAppsOfOtherSitesReadTheDataWithoutCredentials(String uri) {
		MvcTestResult simple = this.mvc.get().uri(uri).header(HttpHeaders.ORIGIN, ORIGIN).exchange();
		assertThat(simple).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
		assertThat(simple.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS)).contains("ETag");
		MvcTestResult preflight = this.mvc.perform(
				options(uri)
					.header(HttpHeaders.ORIGIN, ORIGIN)
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "if-none-match"));
		assertThat(preflight).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
		assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).contains("GET",
				"HEAD");
		assertThat(preflight.getResponse().getHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE)).isEqualTo("86400");
		// reading is all another site may do
		MvcTestResult post = this.mvc.perform(
				options(uri)
					.header(HttpHeaders.ORIGIN, ORIGIN)
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name()));
		assertThat(post).hasStatus(403).doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	/**
	 * The first request renders the answer and keeps it; the second and third are given from what is kept, before
	 * the security chain: CORS must not depend on which of the two paths answers.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/metrics", "/api/v1/metrics/employees/figures", "/export/figures.csv",
			"/export/figures.csv?format=excel", "/export/metrics/employees.csv?format=xlsx", "/export/datapackage.json",
			"/export/catalog.ttl", "/metrics/employees.svg", "/releases.atom", "/api/v1/nothing-here" })
	void keepsCorsAndVaryOnEveryAnswerKeptOrNot(String uri) {
		for (int i = 0; i < 3; i++) {
			MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ORIGIN, ORIGIN).exchange();
			assertThat(result).as("request %d", i + 1).hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
			assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).as("request %d", i + 1)
				.anySatisfy((vary) -> assertThat(vary).contains("Origin"));
		}
	}

	/** Only pages remember a chosen language; a data answer names it in its URL and may be kept by any cache. */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/figures?metric=employees&lang=en", "/api/v1/metrics?lang=en",
			"/export/datapackage.json?lang=en", "/export/figures.csv?lang=en", "/export/figures.csv?lang=en&format=xlsx",
			"/export/metrics/employees.csv?lang=en&from=2019", "/export/catalog.ttl?lang=en", "/v3/api-docs?lang=en",
			"/metrics/employees.svg?lang=en", "/releases.atom?lang=en", "/embed/metrics/employees?lang=en" })
	void setsNoCookieOnAnyDataAnswer(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ORIGIN, ORIGIN).exchange();
		assertThat(result.getResponse().getStatus()).isLessThan(400);
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		// a page still remembers it
		assertThat(this.mvc.get().uri("/metrics/employees?lang=en").exchange().getResponse()
			.getHeader(HttpHeaders.SET_COOKIE)).startsWith("vitako-lang=en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/metrics/employees", "/releases", "/login", "/admin/figures",
			"/admin/preview/export/figures.csv" })
	void answersNoCorsForPagesTheAdminAreaOrThePreview(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ORIGIN, ORIGIN).exchange();
		assertThat(result).doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		MvcTestResult preflight = this.mvc.perform(
				options(uri)
					.header(HttpHeaders.ORIGIN, ORIGIN)
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET"));
		assertThat(preflight).doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void keepsSearchEnginesOutOfTheAdminAreaAndPointsThemToTheSitemap() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.hasContentTypeCompatibleWith("text/plain")
			.bodyText()
			.contains("User-agent: *", "Disallow: /admin/", "Disallow: /login", "Sitemap: http://localhost/sitemap.xml");
	}

	@Test
	void listsEveryPublicPageInBothLanguagesDatedByItsRelease() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document sitemap = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			locations.add(url.getElementsByTagNameNS("*", "loc").item(0).getTextContent());
			assertThat(url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength()).isEqualTo(2);
			assertThat(url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent())
				.matches("\\d{4}-\\d{2}-\\d{2}");
		}
		assertThat(locations).contains("http://localhost/?lang=de", "http://localhost/?lang=en",
				"http://localhost/metrics/employees?lang=de", "http://localhost/metrics/video-licences?lang=en",
				"http://localhost/releases/1?lang=de", "http://localhost/impressum?lang=en")
			.noneMatch((location) -> location.contains("/admin"));
		int metrics = this.snapshots.snapshot().metrics().size();
		assertThat(locations).filteredOn((location) -> location.contains("/metrics/")).hasSize(2 * metrics);
		assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
	}

	@Test
	void describesEachPageForLinkPreviewsAndDatasetSearch() throws Exception {
		String page = this.mvc.get().uri("/metrics/employees?lang=de").exchange().getResponse().getContentAsString();
		assertThat(page).contains("<meta property=\"og:title\" content=\"Mitarbeiterzahl\">",
				"<meta property=\"og:url\" content=\"http://localhost/metrics/employees?lang=de\">",
				"<meta property=\"og:locale\" content=\"de_DE\">");
		Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(page);
		assertThat(script.find()).isTrue();
		JsonNode dataset = this.json.readTree(script.group(1));
		assertThat(dataset.get("@type").asString()).isEqualTo("Dataset");
		assertThat(dataset.get("name").asString()).isEqualTo("Mitarbeiterzahl");
		assertThat(dataset.get("license").asString()).isEqualTo("https://www.govdata.de/dl-de/by-2-0");
		assertThat(dataset.get("creator").get("name").asString()).startsWith("Vitako");
		assertThat(dataset.get("temporalCoverage").asString()).matches("\\d{4}/\\d{4}");
		assertThat(dataset.get("dateModified").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		List<String> downloads = new ArrayList<>();
		dataset.get("distribution").forEach((d) -> downloads.add(d.get("contentUrl").asString()));
		assertThat(downloads).anyMatch((url) -> url.startsWith("http://localhost/export/metrics/employees.csv?"))
			.anyMatch((url) -> url.contains("format=xlsx"))
			.anyMatch((url) -> url.startsWith("http://localhost/api/v1/metrics/employees/figures"));
		String overview = this.mvc.get().uri("/?lang=en").exchange().getResponse().getContentAsString();
		assertThat(overview).contains("<meta property=\"og:locale\" content=\"en_GB\">", "\"@type\":\"Dataset\"",
				"http://localhost/api/v1/figures");
	}

	@Test
	void noTextEndsTheJsonLdScriptWhateverItHolds() throws Exception {
		String label = this.jdbc.queryForObject("select label_de from metric where code = 'employees'", String.class);
		String hostile = "<!--<script>alert(1)</script> \"quoted\" -->";
		// past the admin forms, which refuse markup: as if it came in some other way
		this.jdbc.update("update metric set label_de = ? where code = 'employees'", hostile);
		try {
			Releases.publish(this.publisher);
			String page = this.mvc.get().uri("/metrics/employees?lang=de").exchange().getResponse()
				.getContentAsString();
			// neither an end of the element nor the start of HTML's escaped script states ("<!--", "<script")
			assertThat(page).doesNotContain("<script>alert(1)", "<!--<script");
			Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
				.matcher(page);
			assertThat(script.find()).isTrue();
			assertThat(this.json.readTree(script.group(1)).get("name").asString()).isEqualTo(hostile);
		}
		finally {
			this.jdbc.update("update metric set label_de = ? where code = 'employees'", label);
			Releases.publish(this.publisher);
		}
	}

	@Test
	void namesEachPagesCanonicalUrlAndItsLanguageAlternates() {
		assertThat(this.mvc.get().uri("/metrics/employees?lang=en&from=2018")).bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost/metrics/employees?lang=en\">",
					"<link rel=\"alternate\" hreflang=\"de\" href=\"http://localhost/metrics/employees?lang=de\">",
					"<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/metrics/employees\">")
			.containsPattern("<meta name=\"description\" content=\"[^\"]{20,}\">");
		assertThat(this.mvc.get().uri("/?release=1&lang=de")).bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost/?release=1&amp;lang=de\">");
		// the plain URL follows the browser's language: it is its own canonical, never one of its alternates
		assertThat(this.mvc.get().uri("/metrics/employees").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost/metrics/employees\">",
					"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/metrics/employees?lang=en\">");
	}

	/** Chart.js (72 KB) only where a chart is drawn; a metric of one year has no growth section to leave empty. */
	@Test
	void loadsChartScriptsOnlyWithChartsAndShowsNoEmptySections() {
		assertThat(this.mvc.get().uri("/metrics/employees?lang=de")).bodyText().contains("/dist/chart.umd.min");
		assertThat(this.mvc.get().uri("/?lang=de")).bodyText().contains("/dist/chart.umd.min");
		for (String page : new String[] { "/releases?lang=de", "/releases/1?lang=de", "/impressum?lang=de" }) {
			assertThat(this.mvc.get().uri(page)).as(page).bodyText().doesNotContain("chart.umd.min", "/js/charts");
		}
		assertThat(this.mvc.get().uri("/metrics/devices-ordered?lang=de")).bodyText()
			.doesNotContain("growth-title", "Wachstum zwischen");
		assertThat(this.mvc.get().uri("/metrics/employees?lang=de")).bodyText().contains("growth-title");
	}

}
