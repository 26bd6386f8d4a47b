package de.vitako.dashboard.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import de.vitako.dashboard.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PublicPageCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicPageCache cache;

	@Autowired
	MeterRegistry meters;

	@Test
	void randomQueryStringsNeitherMissNorGrowTheCache() {
		this.mvc.get().uri("/").exchange();
		this.mvc.get().uri("/metrics/employees?from=2010&to=2019").exchange();
		int size = this.cache.size();
		double hits = count("hit");
		double misses = count("miss");
		// more than the cache holds: a query string in its key would have filled it
		int requests = PublicPageCache.MAX_ENTRIES + 500;
		for (int i = 0; i < requests; i++) {
			String random = UUID.randomUUID().toString().substring(0, 8);
			String uri = (i % 2 == 0) ? "/?" + random + "=" + random
					: "/metrics/employees?from=2010&to=2019&" + random + "=<b>" + random + "</b>";
			assertThat(this.mvc.get().uri(uri).exchange().getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(this.cache.size()).isEqualTo(size);
		assertThat(count("miss") - misses).isZero();
		assertThat(count("hit") - hits).isEqualTo(requests);
		// nor does a parameter find its way into a page that others get (the language switcher links the query)
		assertThat(this.mvc.get().uri("/metrics/employees?from=2010&to=2019&poison=1")).bodyText()
			.doesNotContain("poison")
			.contains("from=2010");
	}

	@Test
	void answersAHitWithTheHeadersOfTheRenderedPage() {
		MvcTestResult rendered = this.mvc.get().uri("/metrics/employees?from=2012&to=2016").exchange();
		MvcTestResult hit = this.mvc.get().uri("/metrics/employees?from=2012&to=2016").exchange();
		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"X-XSS-Protection", "Referrer-Policy", HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
				HttpHeaders.CONTENT_TYPE }) {
			assertThat(rendered.getResponse().getHeader(header)).as(header).isNotBlank();
			assertThat(hit.getResponse().getHeaders(header)).as(header)
				.isEqualTo(rendered.getResponse().getHeaders(header));
		}
		assertThat(hit.getResponse().getContentAsByteArray()).isEqualTo(rendered.getResponse().getContentAsByteArray());
	}

	@Test
	void keepsARangeThePageMustExplainOutOfTheCache() {
		int size = this.cache.size();
		for (String range : new String[] { "from=2011", "from=abc", "to=1999", "from=2010&to=20190" }) {
			assertThat(this.mvc.get().uri("/metrics/employees?" + range)).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/metrics/employees?from=2011")).bodyText().contains("2011");
		assertThat(this.cache.size()).isEqualTo(size);
	}

	@Test
	void servesBrowsersTheGzipBytesItMadeOnce() throws IOException {
		MvcTestResult plain = this.mvc.get().uri("/impressum").exchange();
		MvcTestResult compressed = this.mvc.get().uri("/impressum").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br").exchange();
		assertThat(compressed).hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		assertThat(compressed.getResponse().getHeaders(HttpHeaders.VARY)).anyMatch((v) -> v.contains("Accept-Encoding"));
		byte[] gzip = compressed.getResponse().getContentAsByteArray();
		assertThat(gzip.length).isLessThan(plain.getResponse().getContentAsByteArray().length / 2);
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.isEqualTo(plain.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		MvcTestResult again = this.mvc.get().uri("/impressum").header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange();
		assertThat(again.getResponse().getContentAsByteArray()).isEqualTo(gzip);
		assertThat(this.mvc.get()
			.uri("/impressum")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

	private double count(String outcome) {
		return this.meters.counter("vitako.pages", "cache", outcome).count();
	}

}
