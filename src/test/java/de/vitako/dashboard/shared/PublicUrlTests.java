package de.vitako.dashboard.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.vitako.dashboard.support.AppInstance;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Nginx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No header a client sends changes an absolute URL that another visitor sees: not {@code Host}, not
 * {@code X-Forwarded-Host}, {@code -Port} or {@code -Proto}; directly, through the documented nginx, and with
 * {@code VITAKO_PUBLIC_URL} set, where every such URL is made from it.
 */
@IntegrationTest
class PublicUrlTests {

	/** Every kind of answer that holds absolute URLs. */
	private static final List<String> PATHS = List.of("/", "/metrics/employees", "/metrics/employees?lang=en",
			"/releases/1", "/embed/metrics/employees", "/sitemap.xml", "/robots.txt", "/releases.atom",
			"/export/catalog.ttl", "/export/datapackage.json", "/v3/api-docs");

	/** What an attacker sends: a foreign host, directly or as a proxy's header, with a port and a scheme. */
	private static final List<String[]> POISON = List.of(new String[] { "Host: poisonhost.test" },
			new String[] { "Host: localhost", "X-Forwarded-Host: xfhpoison.test" },
			new String[] { "Host: localhost", "X-Forwarded-Port: 8443", "X-Forwarded-Proto: https" });

	private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"'<>)]+");

	private static final Pattern OURS = Pattern
		.compile("^https?://(localhost|127\\.0\\.0\\.1|kennzahlen\\.example\\.org|[a-z]*poison[a-z.]*)([:/]|$)");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aForeignHostChangesNoUrlThatALaterVisitorSees() throws IOException {
		for (String path : PATHS) {
			for (String[] headers : POISON) {
				// the attacker's own answer may name what it asked for; nobody else's may
				get(this.port, path, headers);
			}
			String visitor = get(this.port, path, "Host: localhost:" + this.port);
			assertThat(visitor).as(path).doesNotContain("poison", ":8443", "https://localhost");
			assertAllAt(absoluteUrls(visitor), "http://localhost:" + this.port, path);
		}
	}

	@Test
	void theDocumentedNginxAnswersOnlyItsServerNameAndSetsTheForwardedHeadersItself(@TempDir Path work)
			throws Exception {
		try (Nginx nginx = Nginx.inFrontOf(this.port, work)) {
			int proxy = URI.create(nginx.baseUrl()).getPort();
			assertThat(get(proxy, "/", "Host: poisonhost.test")).as("a foreign host gets no answer").isEmpty();
			for (String path : PATHS) {
				String answer = get(proxy, path, "Host: localhost:" + proxy, "X-Forwarded-Host: xfhpoison.test",
						"X-Forwarded-Port: 8443", "X-Forwarded-Proto: https");
				assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("xfhpoison", ":8443");
				assertAllAt(absoluteUrls(answer), "http://localhost:" + proxy, path);
			}
		}
	}

	@Test
	void writesEveryAbsoluteUrlFromTheConfiguredAddress() throws SQLException, IOException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		try (AppInstance site = AppInstance.start(hikari.getJdbcUrl(), hikari,
				Map.of("vitako.public-url", "https://kennzahlen.example.org/"))) {
			int port = URI.create(site.baseUrl()).getPort();
			for (String path : PATHS) {
				for (String[] headers : POISON) {
					String answer = get(port, path, headers);
					assertThat(answer).as(path).doesNotContain("poison", ":8443", "localhost");
					assertAllAt(absoluteUrls(answer), "https://kennzahlen.example.org", path);
				}
			}
		}
	}

	private static void assertAllAt(List<String> urls, String base, String path) {
		assertThat(urls).as(path).isNotEmpty().allSatisfy((url) -> assertThat(url).as(path)
			.matches(Pattern.quote(base) + "([/?].*)?"));
	}

	/** The absolute URLs of an answer that name a host we could be taken for (not another site's). */
	private static List<String> absoluteUrls(String answer) {
		return ABSOLUTE.matcher(answer).results().map((found) -> found.group()).filter((url) -> OURS.matcher(url).find())
			.toList();
	}

	/**
	 * A request as raw bytes, so that it may carry any {@code Host}; the whole answer, headers and body (HTTP/1.0:
	 * not chunked, so no URL is cut).
	 */
	private static String get(int port, String path, String... headers) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.0\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n\r\n");
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
		catch (SocketException ex) {
			// nginx's 444: the connection is closed without an answer
			return "";
		}
	}

}
