package de.vitako.dashboard.admin;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.vitako.dashboard.DashboardApplication;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureEditor;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: a change made on one is served by
 * the other within a second, and an admin's session works on both.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	FigureEditor editor;

	@Autowired
	JdbcTemplate jdbc;

	ConfigurableApplicationContext second;

	int secondPort;

	final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@BeforeAll
	void startSecondInstance() throws SQLException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		this.second = new SpringApplicationBuilder(DashboardApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", hikari.getJdbcUrl(),
					"spring.datasource.username", hikari.getUsername(), "spring.datasource.password",
					hikari.getPassword() == null ? "" : hikari.getPassword(), "spring.main.banner-mode", "off",
					"logging.level.root", "WARN"))
			.run();
		this.secondPort = ((WebServerApplicationContext) this.second).getWebServer().getPort();
	}

	@AfterAll
	void stopSecondInstance() {
		if (this.second != null) {
			this.second.close();
		}
		this.jdbc.update("delete from figure where year >= 2021");
	}

	@Test
	void servesAChangeMadeOnTheOtherInstanceWithinASecond() throws Exception {
		String api = "http://localhost:" + this.secondPort + "/api/v1/metrics/employees/figures";
		assertThat(get(api).body()).doesNotContain("\"year\":2021");
		try {
			this.editor.createYear("employees", 2021, Map.of("total",
					new FigureContent(new BigDecimal("15555"), "Vitako-Erhebung 2021", null, null)), null, "anna");
			long changed = System.nanoTime();
			long seenAfter = -1;
			while (System.nanoTime() - changed < 3_000_000_000L) {
				if (get(api).body().contains("\"year\":2021,\"value\":15555")) {
					seenAfter = (System.nanoTime() - changed) / 1_000_000;
					break;
				}
				Thread.sleep(20);
			}
			assertThat(seenAfter).as("milliseconds until the other instance served the change")
				.isBetween(0L, 1_000L);
			assertThat(get("http://localhost:" + this.secondPort + "/metrics/employees").body()).contains("15.555");
			assertThat(get("http://localhost:" + this.secondPort + "/export/metrics/employees.csv").body())
				.contains("employees,total,2021,15555,count");
		}
		finally {
			this.jdbc.update("delete from figure where year >= 2021");
		}
	}

	@Test
	void keepsAnAdminSignedInAcrossInstances() throws Exception {
		String loginPage = get("http://localhost:" + this.port + "/login").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(token.find()).isTrue();
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		HttpResponse<String> onSecond = get("http://localhost:" + this.secondPort + "/admin/figures");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("Zahlen verwalten");
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
