package de.vitako.dashboard.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.vitako.dashboard.support.AppInstance;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.TcpProxy;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away and comes back, played by a TCP proxy between a second application instance and the
 * suite's database (which stays up for the other tests). Readers keep getting pages from what the instance has,
 * health says the database is down, writes get a clear 503 and store nothing, and everything works again within
 * seconds once the database is back, without a restart.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DatabaseFaultTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	TcpProxy proxy;

	AppInstance app;

	final WebClient admin = new WebClient();

	final WebClient reader = new WebClient();

	@BeforeAll
	void startInstanceBehindProxy() throws SQLException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		URI target = URI.create(hikari.getJdbcUrl().substring("jdbc:".length()));
		this.proxy = new TcpProxy(target.getHost(), target.getPort());
		String viaProxy = hikari.getJdbcUrl().replace(":" + target.getPort() + "/", ":" + this.proxy.port() + "/");
		this.app = AppInstance.start(viaProxy, hikari, Map.of("vitako.cache.poll-interval", "100ms"));
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
	}

	@Test
	void servesReadersFromWhatItHasAndRecoversWithoutARestart(CapturedOutput output) {
		String base = this.app.baseUrl();
		assertThat(this.reader.get(base + "/").statusCode()).isEqualTo(200);
		assertThat(this.admin.login(base).statusCode()).isEqualTo(302);
		assertThat(this.admin.get(base + "/admin/figures").statusCode()).isEqualTo(200);
		String token = this.admin.csrfToken(base + "/admin/figures?metric=employees");
		long id = this.jdbc.queryForObject(
				"select id from figure where metric_code = 'employees' and year = 2019", Long.class);

		int logged = output.length();
		this.proxy.cut();

		HttpResponse<String> overview = timed(() -> this.reader.get(base + "/"));
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("196.900");
		HttpResponse<String> uncached = timed(() -> this.reader.get(base + "/metrics/employees"));
		assertThat(uncached.statusCode()).isEqualTo(200);
		assertThat(uncached.body()).contains("15.020");
		assertThat(timed(() -> this.reader.get(base + "/api/v1/metrics/vpn_certificates/figures")).statusCode())
			.isEqualTo(200);
		assertThat(timed(() -> this.reader.get(base + "/actuator/health")).statusCode()).isEqualTo(503);
		assertThat(this.reader.get(base + "/readyz").statusCode()).isEqualTo(200);
		assertThat(this.reader.get(base + "/livez").statusCode()).isEqualTo(200);
		assertThat(timed(() -> this.reader.get(base + "/export/figures.csv")).statusCode()).isEqualTo(503);
		// the login page needs no database; signing in, the admin area and exports answer 503, whatever is accepted
		assertThat(timed(() -> this.reader.get(base + "/login", "*/*")).statusCode()).isEqualTo(200);
		for (String accept : List.of("*/*", "text/html", "application/json", "image/png", "text/csv")) {
			HttpResponse<String> login = timed(() -> this.reader.postForm(base + "/login",
					Map.of("username", "admin", "password", "x", "_csrf", "x"), accept));
			assertThat(login.statusCode()).as(accept).isEqualTo(503);
			assertThat(timed(() -> this.reader.get(base + "/admin/figures", accept)).statusCode()).as(accept)
				.isEqualTo(503);
			assertThat(timed(() -> this.reader.get(base + "/export/figures.csv", accept)).statusCode()).as(accept)
				.isEqualTo(503);
		}

		HttpResponse<String> save = timed(() -> this.admin.postForm(base + "/admin/figures/" + id + "/edit",
				Map.of("value", "99999", "sourceTitle", "Fault test", "version", "0", "_csrf", token)));
		assertThat(save.statusCode()).isEqualTo(503);
		assertThat(save.body()).contains("Vorübergehend nicht verfügbar").doesNotContain("Exception");
		assertThat(this.jdbc.queryForObject("select value from figure where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("15020");
		long start = System.nanoTime();
		HttpResponse<String> adminPage = this.admin.get(base + "/admin/figures");
		assertThat(adminPage.statusCode()).isEqualTo(503);
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds, once the outage is known")
			.isLessThan(1_000L);

		this.proxy.restore();

		// health sees the database at once; exports and the admin area once the next poll has (100 ms here)
		long restored = System.nanoTime();
		while (this.reader.get(base + "/actuator/health").statusCode() != 200
				|| this.reader.get(base + "/export/metrics/employees.csv").statusCode() != 200) {
			assertThat(System.nanoTime() - restored).as("recovery time").isLessThan(15_000_000_000L);
			sleep();
		}
		HttpResponse<String> stillSignedIn = this.admin.get(base + "/admin/figures");
		assertThat(stillSignedIn.statusCode()).isEqualTo(200);
		assertThat(stillSignedIn.body()).contains("Zahlen verwalten");

		// the outage is told once when it starts and once when it ends, without a stack trace for each request
		String log = output.toString().substring(logged);
		assertThat(log).doesNotContain("\tat ");
		assertThat(log.lines().filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ")))
			.hasSize(2)
			.anySatisfy((line) -> assertThat(line).contains("PostgreSQL cannot be reached"))
			.anySatisfy((line) -> assertThat(line).contains("PostgreSQL can be reached again"));
	}

	/**
	 * Every answer during the outage comes soon: each database access gives up after the 2 s connection timeout,
	 * and an admin's request makes at most three (loading the session, its security context, saving it).
	 */
	private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
		long start = System.nanoTime();
		HttpResponse<String> response = request.get();
		assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to answer").isLessThan(7_000L);
		return response;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
