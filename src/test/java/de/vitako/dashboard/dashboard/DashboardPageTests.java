package de.vitako.dashboard.dashboard;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publisher publisher;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	ChartBuilder charts;

	@Test
	void headlineTilesTellTheGrowthWithTheYearsComparedInTheChartsWords() throws Exception {
		String tiles = tiles("de");
		assertThat(tiles).contains("\u00d714", "14-fach", "Lizenzen für Videokonferenzen", "Kommunale Verwaltungen",
				"von 430 (2019) auf 6.000 (2020)")
			.contains("\u00d76,5", "Schulen", "von 3.000 (2019) auf 19.400 (2020)")
			.contains("\u00d72,6", "VDI-/VPN-Zertifikate", "von 24.300 (2019) auf 62.700 (2020)")
			.contains("+42\u00a0%", "Mitarbeiterzahl", "von 10.550 (2010) auf 15.020 (2019)")
			// a total says what it includes
			.contains("196.900", "Corona-bedingt bestellte Endgeräte",
					"insgesamt 2020: Schulen 164.400, Kommunale Verwaltungen 28.000 und Sonstige 4.500")
			.doesNotContain("sichere VPN", "x 14", "200.000");
		assertThat(tiles("en")).contains("\u00d714", "14 times", "Video-conference licences",
				"from 430 (2019) to 6,000 (2020)", "+42%", "Staff",
				"in total, 2020: Schools 164,400, Municipal administrations 28,000 and Other 4,500");
	}

	private String tiles(String language) throws Exception {
		String html = this.mvc.get().uri("/?lang=" + language).exchange().getResponse().getContentAsString();
		return html.substring(html.indexOf("class=\"tiles\""), html.indexOf("class=\"section-title\""));
	}

	@Test
	void aOneYearTableHasASegmentPerRow() throws Exception {
		String html = this.mvc.get().uri("/metrics/topic-relevance?lang=de").exchange().getResponse()
			.getContentAsString();
		String table = html.substring(html.indexOf("<table>"), html.indexOf("</table>"));
		assertThat(table).contains("<th scope=\"col\">Bereich</th>", "<th scope=\"col\">2020</th>",
				"<th scope=\"row\">Informationssicherheit</th>", "<td>92,3\u00a0%</td>");
		assertThat(table.split("<tr>", -1)).as("a header row and six segment rows").hasSize(8);
	}

	@Test
	void growthTableColumnsAgreeOverASingleYear() throws Exception {
		String html = this.mvc.get().uri("/metrics/employees?from=2018&to=2019").exchange().getResponse()
			.getContentAsString();
		// 14.060 to 15.020 is +6,8 %: the change and the yearly average say the same, to the same decimal
		assertThat(html.split("<td>\\+6,8\u00a0%</td>", -1)).hasSize(3);
		assertThat(html).doesNotContain("+7\u00a0%");
	}

	@Test
	void showsTheBrochuresGrowthFiguresComputedFromTheData() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("\u00d714", "\u00d76,5", "\u00d72,6", "+42\u00a0%", "Gesamt 2020: 196.900", "14-fach")
			.doesNotContain("x\u00a014");
	}

	@Test
	void describesEveryChartInASentenceBuiltFromTheData() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Die Zahl der VDI-/VPN-Zertifikate stieg von 24.300 (2019) auf 62.700 (2020), das 2,6-Fache.")
			.contains("Die Mitarbeiterzahl stieg von 10.550 (2010) auf 15.020 (2019), ein Plus von 42\u00a0%.");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).bodyText()
			.contains("The number of VDI/VPN certificates rose from 24,300 (2019) to 62,700 (2020), 2.6 times as many.")
			.contains("\u00d714", "+42%");
	}

	@Test
	void everyCanvasHasAnAccessibleNameDescriptionAndTable() throws Exception {
		String html = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		int canvases = html.split("<canvas", -1).length - 1;
		assertThat(canvases).isEqualTo(this.snapshots.metrics().size());
		assertThat(html.split("role=\"img\"", -1).length - 1).isEqualTo(canvases);
		assertThat(html.split("<caption>", -1).length - 1).isGreaterThanOrEqualTo(canvases);
		assertThat(html).contains("scope=\"col\"", "scope=\"row\"", "aria-describedby=\"chart-vpn-certificates-summary\"");
		assertThat(html).doesNotContain("<script>", " onclick=", " onload=", " style=\"");
	}

	@Test
	void speaksEnglishByCookieParameterOrHeader() {
		MvcTestResult switched = this.mvc.get().uri("/?lang=en").exchange();
		assertThat(switched).hasStatusOk().bodyText().contains("Municipal IT in figures");
		assertThat(switched).cookies().containsCookie("vitako-lang");
		assertThat(this.mvc.get().uri("/").cookie(switched.getResponse().getCookie("vitako-lang"))).bodyText()
			.contains("lang=\"en\"");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr, en;q=0.8")).bodyText()
			.contains("lang=\"en\"");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr")).bodyText()
			.contains("lang=\"de\"");
	}

	@Test
	void metricPageShowsAllYearsGrowthSourcesAndDownloads() {
		assertThat(this.mvc.get().uri("/metrics/employees")).hasStatusOk()
			.bodyText()
			.contains("Mitarbeiterzahl", "10.550", "14.060", "Wachstum von 2010 bis 2019", "+4.470", "+42,4\u00a0%")
			.contains("Vitako: Digital durch die Pandemie, S. 3", "/export/metrics/employees.csv?lang=de",
					"format=excel");
	}

	@Test
	void growthTableFollowsTheChosenYears() {
		assertThat(this.mvc.get().uri("/metrics/employees?from=2016&to=2018")).hasStatusOk()
			.bodyText()
			.contains("Wachstum von 2016 bis 2018", "+1.460", "+11,6\u00a0%");
	}

	@Test
	void explainsBadYearRangesInsteadOfFailing() {
		assertThat(this.mvc.get().uri("/metrics/employees?from=2019&to=2010")).hasStatusOk()
			.bodyText()
			.contains("rückwärts", "Wachstum von 2010 bis 2019");
		assertThat(this.mvc.get().uri("/metrics/employees?from=abc")).hasStatusOk().bodyText().contains("kein Jahr");
		assertThat(this.mvc.get().uri("/metrics/employees?from=1800&to=2011")).hasStatusOk()
			.bodyText()
			.contains("keine Zahlen");
		assertThat(this.mvc.get().uri("/metrics/devices-ordered?from=2019")).as("one year: no growth to explain")
			.hasStatusOk()
			.bodyText()
			.doesNotContain("growth-title");
	}

	@Test
	void redirectsSnakeCaseToKebabCasePermanently() {
		assertThat(this.mvc.get().uri("/metrics/vpn_certificates?from=2019")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader(HttpHeaders.LOCATION, "/metrics/vpn-certificates?from=2019");
	}

	@Test
	void answersAnUnknownMetricWith404InTheReadersLanguage() {
		assertThat(this.mvc.get().uri("/metrics/no-such-metric")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Seite nicht gefunden");
		assertThat(this.mvc.get().uri("/metrics/no-such-metric").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Page not found");
	}

	@Test
	void saysSoWhenAMetricHasNoFiguresOrASingleYear() {
		MetricData employees = this.snapshots.metric("employees").orElseThrow();
		ChartView empty = this.charts.full(new MetricData(employees.metric(), List.of()), Locale.GERMAN);
		assertThat(empty.drawable()).isFalse();
		assertThat(empty.notice()).contains("noch keine Zahlen");
		ChartView single = this.charts.full(new MetricData(employees.metric(), employees.figuresIn(2019)),
				Locale.ENGLISH);
		assertThat(single.drawable()).isFalse();
		assertThat(single.notice()).contains("only has figures for 2019");
	}

	@Test
	void revalidatesWithETagsAndCreatesNoSession() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first).hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		assertThat(first.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Language", "Cookie");
		assertThat(first.getRequest().getSession(false)).isNull();
		assertThat(first.getResponse().getContentAsString()).doesNotContain("_csrf");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.IF_NONE_MATCH, etag).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.hasStatusOk();
	}

	@Test
	void showsAChangedFigureOnTheNextRequestAndEscapesAdminText() {
		String before = this.mvc.get().uri("/").exchange().getResponse().getHeader(HttpHeaders.ETAG);
		long id = FigureFixtures.publishEmployees2021(this.jdbc, this.publisher, "15500", "<script>alert(1)</script>");
		try {
						MvcTestResult after = this.mvc.get().uri("/").exchange();
			assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
			assertThat(after).bodyText().contains("auf 15.500 (2021)");
			assertThat(this.mvc.get().uri("/metrics/employees")).bodyText()
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain("<script>alert(1)");
		}
		finally {
			FigureFixtures.unpublish(this.jdbc, this.publisher, id);
		}
		assertThat(this.mvc.get().uri("/")).bodyText().doesNotContain("15.500");
	}

	@Test
	void namesEveryChartLinkUniquelyForScreenReaders() throws UnsupportedEncodingException {
		for (String page : List.of("/", "/?lang=en", "/metrics/employees?release=1")) {
			String html = this.mvc.get().uri(page).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
			List<String> names = new ArrayList<>();
			Matcher block = Pattern.compile("(?s)<ul class=\"chart-links\">(.*?)</ul>").matcher(html);
			while (block.find()) {
				Matcher link = Pattern.compile("(?s)<(a|button)\\b[^>]*>(.*?)</\\1>").matcher(block.group(1));
				while (link.find()) {
					names.add(link.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
				}
			}
			assertThat(names).as(page).hasSizeGreaterThan(page.startsWith("/metrics/") ? 2 : 20).doesNotHaveDuplicates();
		}
		assertThat(this.mvc.get().uri("/metrics/employees?release=1")).bodyText()
			.contains("/export/metrics/employees.csv?lang=de&amp;release=1")
			.as("a page of a named release offers that release's files");
		assertThat(this.mvc.get().uri("/")).bodyText().contains("<meta name=\"description\" content=\"");
	}

	@Test
	void givesTheMetricPageOneHeadingAndNamesEachSourceOnce() throws UnsupportedEncodingException {
		String html = this.mvc.get().uri("/metrics/employees").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html)
			.contains("<h1>Mitarbeiterzahl</h1>", "<h2 id=\"chart-employees-title\">Diagramm und Zahlen</h2>")
			.doesNotContain(">Mitarbeiterzahl</h2>");
		Matcher sources = Pattern.compile("(?s)<ul class=\"source-list\">(.*?)</ul>").matcher(html);
		assertThat(sources.find()).isTrue();
		assertThat(sources.group(1).split("<li>", -1)).as("one source, listed once").hasSize(2);
		assertThat(sources.group(1)).contains("Vitako: Digital durch die Pandemie, S. 3",
				"(2010, 2012, 2014, 2016, 2018, 2019)");
	}

	@Test
	void citesPagesOfTheSourceAsTheReaderWrites() {
		assertThat(this.mvc.get().uri("/metrics/employees?lang=en")).bodyText()
			.contains("Vitako: Digital durch die Pandemie, p. 3")
			.doesNotContain(", S. 3");
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains(", p. 2").doesNotContain(", S. 2");
	}

	@Test
	void linksThePagesAGermanPublicSectorSiteMustHave() {
		assertThat(this.mvc.get().uri("/")).bodyText().contains("/impressum", "/datenschutz", "/barrierefreiheit");
		assertThat(this.mvc.get().uri("/barrierefreiheit")).hasStatusOk()
			.bodyText()
			.contains("BITV 2.0", "barrierefreiheit@example.org", "[Zuständige Schlichtungs-")
			.doesNotContain("Ã");
		assertThat(this.mvc.get().uri("/impressum")).hasStatusOk();
		assertThat(this.mvc.get().uri("/datenschutz")).hasStatusOk();
	}

	@Test
	void sendsAStrictContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.satisfies((headers) -> assertThat(headers.getFirst("Content-Security-Policy"))
				.contains("script-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline"));
	}

}
