package de.vitako.dashboard.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.servlet.ServletContext;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visitors who do not sign in write nothing to the database: the login page keeps its CSRF token in a cookie and
 * the page to return to after the login is remembered in a cookie too, so no session is stored.
 */
@IntegrationTest
class AnonymousVisitorsTests {

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

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twentyRoundsOfAnonymousRequestsStoreNoSession() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		List<String> paths = List.of("/login", "/admin", "/admin/figures", "/login?error", "/",
				"/metrics/employees", "/admin/history", "/logout", "/login?expired", "/export/figures.csv");
		int sessions = sessions();
		for (int i = 0; i < 20 * paths.size(); i++) {
			String path = paths.get(i % paths.size());
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
					+ path)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).as(path).isLessThan(500);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
		assertThat(sessions()).isEqualTo(sessions);
	}

	/** Every form's address: an anonymous POST is refused (no CSRF token, no login) and stores nothing. */
	static final List<String> FORMS = List.of("/login", "/logout", "/admin/sources", "/admin/sources/1",
			"/admin/sources/1/delete", "/admin/publish", "/admin/publish/cancel", "/admin/figures/1/delete",
			"/admin/accounts/new", "/admin/accounts/1", "/admin/accounts/1/deactivate", "/admin/accounts/1/reactivate",
			"/admin/accounts/1/password-reset", "/admin/figures/1/edit", "/admin/metrics/employees/years/new",
			"/admin/import", "/admin/import/apply", "/admin/import/cancel", "/admin/import/1/undo",
			"/admin/catalogue/tiles", "/admin/catalogue/tiles/1/move", "/admin/catalogue/new",
			"/admin/catalogue/employees", "/admin/catalogue/employees/move", "/admin/catalogue/employees/segments",
			"/admin/catalogue/employees/segments/total", "/admin/catalogue/employees/segments/total/retire",
			"/admin/figures/discard", "/admin/password", "/admin/history/1/restore", "/admin/nothing-here");

	@Test
	void tenRoundsOfAnonymousPostsStoreNoSession() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		int sessions = sessions();
		// an odd number of forms: each form gets each body five times
		for (int i = 0; i < 10 * FORMS.size(); i++) {
			String path = FORMS.get(i % FORMS.size());
			// every other one with a made-up token, as a forged form would send it
			String body = (i % 2 == 0) ? "value=1" : "_csrf=forged&username=admin&password=guess";
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
					+ path)).header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).as(path).isIn(302, 403, 404, 405);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="));
		}
		assertThat(sessions()).isEqualTo(sessions);
	}

	private int sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

}
