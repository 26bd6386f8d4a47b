package de.vitako.dashboard.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients of the open data expect of HTTP, found wanting by an outside review: validators on every answer
 * that can have one, compression of every text format, {@code Allow} that names HEAD, the same answer for the same
 * mistake, and answers that a client gets whatever it accepts.
 */
@IntegrationTest
class InteroperabilityTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/embed/metrics/employees", "/sitemap.xml", "/v3/api-docs", "/releases/1" })
	void answersWithAValidatorAndRevalidates(String uri) {
		MvcTestResult first = this.mvc.get().uri(uri).exchange();
		assertThat(first).hasStatusOk();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isNotBlank();
		assertThat(this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
	}

	@Test
	void keepsANamedReleasesPageForAYearAndLinksItsPagesAndDownloads() {
		MvcTestResult release = this.mvc.get().uri("/releases/1?lang=de").exchange();
		assertThat(release).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
		assertThat(release).bodyText().contains("href=\"/?release=1\"", "href=\"/metrics/employees?release=1\"",
				"/export/figures.csv?release=1", "/export/figures.csv?format=excel&amp;release=1",
				"/export/figures.csv?format=xlsx&amp;release=1", "/export/datapackage.json?release=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/export/catalog.ttl", "/export/catalog.jsonld", "/sitemap.xml", "/v3/api-docs" })
	void compressesEveryTextFormat(String path) throws Exception {
		HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void namesHeadBesideGetWhereAMethodIsRefused() {
		assertThat(this.mvc.post().uri("/api/v1/metrics").exchange()).hasStatus(405)
			.hasHeader(HttpHeaders.ALLOW, "GET, HEAD");
		MvcTestResult export = this.mvc.post().uri("/export/figures.csv").exchange();
		assertThat(export).hasStatus(405);
		assertThat(export.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET", "HEAD");
	}

	/** Tomcat refuses a parameter without a name; the problem still has every field the API documents. */
	@Test
	void explainsARefusedQueryWithAWholeProblem() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/metrics?=x")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.body()).contains("\"type\":\"urn:vitako:problem:bad-parameter\"", "\"detail\":", "\"title\":");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/metrics", "/api/v1/metrics/employees/figures", "/api/v1/figures",
			"/export/figures.csv", "/export/catalog.ttl" })
	void answersTheSameMistakeInTheSameWay(String path) {
		assertThat(this.mvc.get().uri(path + "?release=abc").exchange()).as("no number").hasStatus(400);
		assertThat(this.mvc.get().uri(path + "?release=99").exchange()).as("not published").hasStatus(404);
	}

	@Test
	void describesANamedReleaseInTheCatalogueWithItsDownloads() {
		MvcTestResult named = this.mvc.get().uri("/export/catalog.ttl?release=1").exchange();
		assertThat(named).hasStatusOk().hasHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
		assertThat(named).bodyText().contains("/export/metrics/employees.csv?release=1>",
				"/export/metrics/employees.csv?format=xlsx&release=1>");
		assertThat(this.mvc.get().uri("/export/catalog.ttl").exchange()).bodyText()
			.contains("/export/metrics/employees.csv>")
			.doesNotContain("release=1>");
	}

	@Test
	void answersHealthToABrowserToo() throws Exception {
		HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/health")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void namesTheFeedAtTheAddressItWasFetchedAt() {
		assertThat(this.mvc.get().uri("/releases.atom").exchange()).bodyText()
			.contains("rel=\"self\" type=\"application/atom+xml\" href=\"http://localhost/releases.atom\"");
		assertThat(this.mvc.get().uri("/releases.atom?lang=en").exchange()).bodyText()
			.contains("href=\"http://localhost/releases.atom?lang=en\"");
	}

}
