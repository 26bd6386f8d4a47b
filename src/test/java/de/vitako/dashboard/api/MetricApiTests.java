package de.vitako.dashboard.api;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MetricApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheCatalogue() {
		assertThat(this.mvc.get().uri("/api/v1/metrics")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[3].code", (code) -> assertThat(code).asString().isEqualTo("vpn_certificates"))
			.hasPathSatisfying("$[3].unit", (unit) -> assertThat(unit).asString().isEqualTo("count"))
			.hasPathSatisfying("$[3].years", (years) -> assertThat(years).asArray().containsExactly(2019, 2020))
			.hasPathSatisfying("$[1].segments[2].label.de",
					(label) -> assertThat(label).asString().isEqualTo("Sonstiges"));
	}

	@Test
	void returnsFiguresWithDerivedTotals() {
		assertThat(this.mvc.get().uri("/api/v1/metrics/devices_ordered/figures")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.figures[0].segment", (s) -> assertThat(s).asString().isEqualTo("schools"))
			.hasPathSatisfying("$.figures[0].value", (v) -> assertThat(v).asNumber().isEqualTo(164400))
			.hasPathSatisfying("$.figures[0].source.page", (p) -> assertThat(p).asNumber().isEqualTo(2))
			.hasPathSatisfying("$.totals[0].value", (v) -> assertThat(v).asNumber().isEqualTo(196900))
			.hasPathSatisfying("$.totals[0].complete", (c) -> assertThat(c).isEqualTo(true));
	}

	@Test
	void writesPercentagesAsExactDecimals() {
		assertThat(this.mvc.get().uri("/api/v1/metrics/device_type_share/figures")).hasStatusOk()
			.bodyText()
			.contains("\"value\":73.1")
			.doesNotContain("73.10")
			.contains("\"totals\":[]");
	}

	@Test
	void answersUnknownMetricWithProblemJson() {
		assertThat(this.mvc.get().uri("/api/v1/metrics/no_such_metric/figures")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.title", (t) -> assertThat(t).asString().isEqualTo("Unknown metric"))
			.hasPathSatisfying("$.detail", (d) -> assertThat(d).asString().contains("no_such_metric"));
	}

	@Test
	void queriesFiguresAcrossMetricsWithTheFiltersOfTheCsv() {
		MvcTestResult answer = this.mvc.get()
			.uri("/api/v1/figures?metric=employees&metric=video_licences&from=2020&lang=en")
			.exchange();
		assertThat(answer).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.figures[*].metric",
					(m) -> assertThat(m).asArray().isNotEmpty().isSubsetOf("video_licences", "employees"))
			.hasPathSatisfying("$.figures[*].year", (y) -> assertThat(y).asArray().allSatisfy(
					(year) -> assertThat((Integer) year).isGreaterThanOrEqualTo(2020)))
			.hasPathSatisfying("$.figures[0].metricLabel", (l) -> assertThat(l).asString().contains("licences"))
			.hasPathSatisfying("$.release", (r) -> assertThat(r).asNumber().isNotNull());
		String etag = answer.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"api-figures-");
		assertThat(answer.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isNotBlank();
		assertThat(this.mvc.get()
			.uri("/api/v1/figures?metric=employees&metric=video_licences&from=2020&lang=en")
			.header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/api/v1/figures?metric=nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/figures?from=twenty")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/figures?release=999")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void answersEveryApiErrorAsAProblem() {
		assertThat(this.mvc.get().uri("/api/v2/nothing")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.title", (t) -> assertThat(t).asString().isEqualTo("Not found"))
			.hasPathSatisfying("$.instance", (i) -> assertThat(i).asString().isEqualTo("/api/v2/nothing"));
		MvcTestResult post = this.mvc.post().uri("/api/v1/metrics").exchange();
		assertThat(post).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET");
		MvcTestResult delete = this.mvc.delete().uri("/api/v1/figures").exchange();
		assertThat(delete).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(delete.getResponse().getHeader(HttpHeaders.ALLOW)).contains("GET").doesNotContain("DELETE");
		for (String uri : new String[] { "/api/v1/metrics", "/api/v1/metrics/employees/figures", "/api/v1/releases",
				"/api/v1/figures" }) {
			assertThat(this.mvc.get().uri(uri).accept(MediaType.valueOf("text/csv")))
				.as(uri)
				.hasStatus(HttpStatus.NOT_ACCEPTABLE)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void documentsTheApiWithOpenApi() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/metrics/{code}/figures", "#/components/schemas/FiguresResource",
					"#/components/schemas/MetricResource", "\"updatedAt\"")
			.contains("\"enum\":[\"devices_ordered\",\"device_type_share\",\"video_licences\"");
	}

	@Test
	void servesEachAnswerOncePerRevisionWithETagAndGzip() {
		MvcTestResult first = this.mvc.get().uri("/api/v1/metrics/employees/figures").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"api-");
		assertThat(this.mvc.get().uri("/api/v1/metrics/employees/figures").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/api/v1/metrics").header(HttpHeaders.ACCEPT_ENCODING, "gzip"))
			.hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		MvcTestResult kept = this.mvc.get().uri("/api/v1/metrics/employees/figures").exchange();
		assertThat(kept.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		for (String header : new String[] { HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_TYPE,
				"Content-Security-Policy", "X-Content-Type-Options" }) {
			assertThat(kept.getResponse().getHeader(header)).as(header)
				.isNotBlank()
				.isEqualTo(first.getResponse().getHeader(header));
		}
	}

}
