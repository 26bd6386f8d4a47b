package de.vitako.dashboard.admin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Nginx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the documented nginx, a client cannot pick a fresh address for every guess with its own
 * {@code X-Forwarded-For}: nginx replaces the header, and the application trusts it only from the proxy.
 */
@IntegrationTest
class ForwardedAddressTests {

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	/**
	 * MockMvc tests that use {@code csrf()} leave a session-based token repository in the shared context's CSRF
	 * filter; real requests must meet the application's own.
	 */
	@BeforeEach
	void restoreTheCsrfTokenRepository(@Autowired ServletContext servletContext) {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(servletContext), new LoginCsrfTokenRepository());
	}

	@AfterEach
	void forgetFailedLogins() {
		this.jdbc.update("delete from login_throttle");
	}

	@Test
	void locksASpoofingClientOutAfterFiveGuesses(@TempDir Path nginxDir) throws Exception {
		try (Nginx nginx = Nginx.inFrontOf(this.port, nginxDir)) {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			for (int guess = 0; guess < 5; guess++) {
				HttpResponse<String> failed = login(client, nginx.baseUrl(), "wrong-" + guess, "203.0.113." + guess);
				assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(
						(location) -> assertThat(location).endsWith("/login?error"));
			}
			HttpResponse<String> sixth = login(client, nginx.baseUrl(), "test-admin-password", "198.51.100.1");
			assertThat(sixth.headers().firstValue("Location")).hasValueSatisfying(
					(location) -> assertThat(location).endsWith("/login?locked"));
			assertThat(this.jdbc.queryForList("select client_address from login_throttle", String.class))
				.containsExactly("127.0.0.1");
		}
	}

	private static HttpResponse<String> login(HttpClient client, String base, String password, String spoofed)
			throws Exception {
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("CSRF token on the login page").isTrue();
		String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", spoofed)
			.header("X-Real-IP", spoofed)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
