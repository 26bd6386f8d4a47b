package de.vitako.dashboard.config;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that no page of ours can mean gets a 4xx in our own page (or an RFC 9457 problem), in the visitor's
 * language, with the security headers, stores nothing and logs no stack trace. Over real HTTP, since some of it
 * Tomcat refuses before the application sees it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/?a=%zz", "/metrics/employees?from=%", "/%zz", "/metrics/%00", "/?lang=%00",
			"/export/figures.csv?metric=a%00b", "/api/v1/metrics?x=%00" })
	void refusesMalformedAddressesWithOurPage(String path, CapturedOutput output) throws Exception {
		int logged = output.length();
		RawResponse response = get(path, "text/html", "de");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Ungültige Anfrage").doesNotContain("Whitelabel", "Tomcat", "Exception");
		assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(get(path, "text/html", "en").body()).contains("Bad request");
		assertThat(output.toString().substring(logged)).doesNotContain("Exception", "\tat ");
	}

	@Test
	void answersProblemsToClientsThatDoNotAskForHtml() throws Exception {
		RawResponse response = get("/?a=%00", "application/json", "en");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.header("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"title\":\"Bad request\"", "\"status\":400");
		assertThat(get("/?a=%00", "image/png", "de").body()).contains("\"title\":\"Ungültige Anfrage\"");
	}

	@Test
	void refusesWrongMethodsWith405AndTheAllowedOnes() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/metrics/employees"))
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(page.headers().firstValue("Allow")).hasValueSatisfying((allow) -> assertThat(allow).contains("GET"));
		assertThat(page.body()).contains("Methode nicht erlaubt", "Vitako").doesNotContain("Whitelabel");
		assertSecurityHeaders(page);
		HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/metrics"))
			.header("Accept", "application/json")
			.DELETE());
		assertThat(api.statusCode()).isEqualTo(405);
		assertThat(api.body()).contains("\"status\":405");
	}

	@Test
	void refusesNulCharactersAndImpossibleListIndicesInFormsAndStoresNothing(CapturedOutput output) {
		int logged = output.length();
		WebClient admin = new WebClient();
		String base = "http://localhost:" + this.port;
		int throttled = count("login_throttle");
		String loginToken = admin.csrfToken(base + "/login");
		assertThat(admin.postForm(base + "/login", Map.of("username", "ad\0min", "password", "x", "_csrf", loginToken))
			.statusCode()).isEqualTo(400);
		assertThat(count("login_throttle")).isEqualTo(throttled);
		assertThat(admin.login(base).statusCode()).isEqualTo(302);
		int figures = count("figure");
		int changes = count("figure_change");
		String token = admin.csrfToken(base + "/admin/metrics/employees/years/new");
		String newYear = base + "/admin/metrics/employees/years/new";
		for (Map<String, String> form : new Map[] {
				Map.of("year", "2022", "values[0]", "5", "sourceTitle", "Quelle\0", "_csrf", token),
				Map.of("year", "2022", "values[0]", "5", "sourceTitle", "Quelle", "note", "a\0b", "_csrf", token),
				Map.of("year", "2022", "values[0]", "5", "sourceTitle", "Quelle", "reason", "\0", "_csrf", token),
				Map.of("year", "2022", "values[300]", "5", "sourceTitle", "Quelle", "_csrf", token),
				Map.of("year", "2022", "values[-1]", "5", "sourceTitle", "Quelle", "_csrf", token),
				Map.of("year", "2022", "values[x]", "5", "sourceTitle", "Quelle", "_csrf", token) }) {
			HttpResponse<String> response = admin.postForm(newYear, form);
			assertThat(response.statusCode()).as(form.toString()).isEqualTo(400);
			assertThat(response.body()).contains("Ungültige Anfrage");
		}
		HttpResponse<String> tooMany = admin.postForm(newYear,
				Map.of("year", "2022", "values[0]", "5", "values[200]", "5", "sourceTitle", "Quelle", "_csrf", token));
		assertThat(tooMany.statusCode()).isEqualTo(200);
		assertThat(tooMany.body()).contains("mehr Werte");
		assertThat(count("figure")).isEqualTo(figures);
		assertThat(count("figure_change")).isEqualTo(changes);
		assertThat(output.toString().substring(logged)).doesNotContain("Exception", "\tat ");
	}

	private void assertSecurityHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	/** Over a plain socket, since Java's HTTP client refuses to send a malformed address. */
	private RawResponse get(String path, String accept, String language) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + accept + "\r\nAccept-Language: "
						+ language + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = response.indexOf("\r\n\r\n");
			return new RawResponse(Integer.parseInt(response.substring(9, 12)), response.substring(0, end),
					response.substring(end + 4));
		}
	}

	record RawResponse(int statusCode, String head, String body) {

		Optional<String> header(String name) {
			return head().lines()
				.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map((line) -> line.substring(name.length() + 1).strip())
				.findFirst();
		}

	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
