package de.vitako.dashboard.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

import de.vitako.dashboard.figures.FigureSearch;
import de.vitako.dashboard.figures.FigureSearch.SearchHit;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search over the latest release, in German and English at once, with PostgreSQL's full-text search: words in
 * either language and their inflections, parts of words in labels, segments, notes and sources; a results page
 * without JavaScript; hostile and overlong queries answered like any other.
 */
@IntegrationTest
class SearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSearch search;

	@Autowired
	FigureSnapshots snapshots;

	@ParameterizedTest
	@ValueSource(strings = { "VPN", "vpn", "Zertifikate", "Zertifikat", "certificates", "certificate", "Zertif",
			"VDI/VPN", "sichere Verbindungen", "secure connections" })
	void findsTheVpnMetricFirstInEitherLanguage(String query) {
		assertThat(hits(query)).as(query).first().extracting(SearchHit::metric).isEqualTo("vpn_certificates");
	}

	@Test
	void findsMetricsByTheirSegmentsDescriptionsAndSources() {
		assertThat(hits("Schulen")).extracting(SearchHit::metric)
			.contains("devices_ordered", "video_licences")
			.doesNotContain("employees", "vpn_certificates");
		assertThat(hits("schools")).extracting(SearchHit::metric)
			.contains("devices_ordered", "video_licences")
			.doesNotContain("employees", "vpn_certificates");
		assertThat(hits("Schulen").get(0).fields()).contains(SearchHit.Field.SEGMENT);
		assertThat(hits("Tablets")).extracting(SearchHit::metric).first().isEqualTo("device_type_share");
		assertThat(hits("Rundungsbedingte")).extracting(SearchHit::metric).containsExactly("workplace_device_share");
		assertThat(hits("Rundungsbedingte").get(0).fields()).containsExactly(SearchHit.Field.NOTE);
		assertThat(hits("rounding")).as("the note's English text").extracting(SearchHit::metric)
			.containsExactly("workplace_device_share");
		assertThat(hits("Pandemie")).as("every seeded metric has the brochure as its source")
			.extracting(SearchHit::metric)
			.contains("devices_ordered", "device_type_share", "video_licences", "vpn_certificates",
					"supported_workplaces", "workplace_device_share", "employees", "outsourcing_willingness",
					"topic_relevance");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xyzzy", "%", "_", "%%", "\\", "%%%", "___", "der die das", "!(" })
	void findsNothingForWordsItDoesNotHaveAndIsNotFooledByPatterns(String query) {
		assertThat(hits(query)).as(query).isEmpty();
	}

	@Test
	void theResultsPageListsTheFindsWithLinksWithoutAnyScript() {
		String page = page("/search?q=Zertifikate&lang=de");
		assertThat(page).contains("<title>Suche nach „Zertifikate“ – Vitako-Kennzahlen</title>",
				"Eine Kennzahl gefunden für „Zertifikate“.", "href=\"/metrics/vpn-certificates\"",
				"VDI-/VPN-Zertifikate", "Gefunden in: Bezeichnung")
			.doesNotContain("chart.umd.min")
			.doesNotContain("id=\"site-search\"");
		assertThat(page("/search?q=VPN&lang=en")).contains("One metric found for &quot;VPN&quot;.",
				"VDI/VPN certificates");
		assertThat(page("/search?q=xyzzy&lang=de")).contains("Keine Kennzahl gefunden für „xyzzy“.");
		assertThat(page("/search?lang=de")).contains("id=\"search-query\"").doesNotContain("gefunden für");
	}

	@Test
	void everyPageHasTheSearchBoxInItsHeader() {
		for (String path : List.of("/?lang=de", "/metrics/employees?lang=en", "/releases", "/impressum")) {
			assertThat(page(path)).as(path).contains("<form class=\"site-search\" action=\"/search\" method=\"get\"",
					"role=\"search\"", "id=\"site-search\" name=\"q\"");
		}
	}

	@Test
	void answersHostileAndOverlongQueriesAsText() {
		String hostile = new String(this.mvc.get()
			.uri("/search?q={q}&lang=de", "<script>alert(1)</script>")
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(hostile).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String longQuery = "VPN" + "x".repeat(10_000);
		assertThat(this.mvc.get().uri("/search?q={q}", longQuery)).hasStatusOk();
	}

	private List<SearchHit> hits(String query) {
		return this.search.search(query, this.snapshots.knownRelease());
	}

	private String page(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
