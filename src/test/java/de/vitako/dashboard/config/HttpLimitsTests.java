package de.vitako.dashboard.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized or odd requests are refused quickly with a 4xx by the real server, and unknown paths get the 404 page.
 */
@IntegrationTest
class HttpLimitsTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void refusesOversizedHeadersAndQueryStrings() throws Exception {
		String big = "x".repeat(20_000);
		assertThat(send(request("/").header("X-Big", big).GET()).statusCode()).isEqualTo(400);
		assertThat(send(request("/?q=" + big).GET()).statusCode()).isEqualTo(400);
	}

	@Test
	void refusesThousandsOfParameters() throws Exception {
		String many = IntStream.range(0, 3_000).mapToObj((i) -> "p" + i + "=1").collect(Collectors.joining("&"));
		assertThat(send(request("/metrics/employees?" + many).GET()).statusCode()).isEqualTo(400);
	}

	@Test
	void refusesOversizedBodies() throws Exception {
		String body = "a".repeat(3 * 1024 * 1024);
		HttpResponse<String> response = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void refusesMethodsThatNothingNeeds() throws Exception {
		assertThat(send(request("/").method("TRACE", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(405);
		assertThat(send(request("/api/v1/metrics").DELETE()).statusCode()).isBetween(400, 499);
	}

	@Test
	void answersUnknownPathsWithThe404Page() throws Exception {
		HttpResponse<String> response = send(request("/no/such/page").header("Accept", "text/html").GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Seite nicht gefunden").doesNotContain("Exception");
	}

	@Test
	void compressesPagesAndExportsForClientsThatAsk() throws Exception {
		for (String path : new String[] { "/", "/export/figures.csv", "/api/v1/metrics" }) {
			HttpResponse<byte[]> response = this.http.send(request(path).header("Accept-Encoding", "gzip").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(response.body()).as(path).startsWith(0x1f, 0x8b);
		}
	}

	@Test
	void servesStaticFilesUnderHashedUrlsCompressedAndCachedForAYear() throws Exception {
		String page = send(request("/")).body();
		// the style sheet, the scripts, and what charts.js loads later: Chart.js, its plugin, the worker
		Matcher assets = Pattern.compile("(?:src|href|data-[a-z]+)=\"(/(?:webjars|js|css)/[^\"]+)\"").matcher(page);
		Set<String> found = new TreeSet<>();
		while (assets.find()) {
			found.add(assets.group(1));
		}
		assertThat(found).hasSize(6).allMatch((path) -> path.matches(".*-[0-9a-f]{32}\\.(js|css)"));
		for (String path : found) {
			HttpResponse<byte[]> response = this.http.send(request(path).header("Accept-Encoding", "gzip").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("Cache-Control")).as(path)
				.hasValue("max-age=31536000, public, immutable");
			// what is shorter than the server's threshold for compression (2 KB) gains nothing from it
			if (send(request(path)).body().length() >= 2048) {
				assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			}
		}
	}

	@Test
	void marksScriptsForEagerCompilationAndKeepsTheirSourceMapsInStep() throws Exception {
		Matcher chartJs = Pattern.compile("data-chartjs=\"(/webjars/chart.js/[^\"]+\\.js)\"")
			.matcher(send(request("/")).body());
		assertThat(chartJs.find()).isTrue();
		assertThat(send(request(chartJs.group(1))).body()).startsWith("//# allFunctionsCalledOnLoad\n/*!\n * Chart.js");
		HttpResponse<String> map = send(request("/webjars/chart.js/4.5.1/dist/chart.umd.min.js.map"));
		assertThat(map.statusCode()).isEqualTo(200);
		assertThat(map.body()).as("one empty line of mappings for the hint's line").contains("\"mappings\":\";");
		HttpResponse<String> css = send(request("/css/app.css"));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.body()).startsWith("/* Vitako dashboard");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
