package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.draft.FigureEditor;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.AppInstance;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Releases;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

	@Autowired
	Publisher publisher;

	AppInstance second;

	final WebClient reader = new WebClient();

	@BeforeAll
	void startSecondInstance() throws SQLException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		this.second = AppInstance.start(hikari.getJdbcUrl(), hikari, Map.of());
	}

	@AfterAll
	void stopSecondInstance() {
		if (this.second != null) {
			this.second.close();
		}
		this.jdbc.update("delete from figure where year >= 2021");
	}

	@Test
	void servesAReleasePublishedOnTheOtherInstanceWithinASecond() throws Exception {
		String api = "/api/v1/metrics/employees/figures";
		assertThat(this.reader.get(this.second.baseUrl() + api).body()).doesNotContain("\"year\":2021");
		try {
			this.editor.createYear("employees", 2021, Map.of("total",
					new FigureContent(new BigDecimal("15555"), "Vitako-Erhebung 2021", null, null)), null, "anna");
			Thread.sleep(1_000);
			assertThat(this.reader.get(this.second.baseUrl() + api).body()).as("the draft stays in the draft")
				.doesNotContain("15555");
			Releases.publish(this.publisher);
			long published = System.nanoTime();
			long seenAfter = -1;
			while (System.nanoTime() - published < 3_000_000_000L) {
				if (this.reader.get(this.second.baseUrl() + api).body().contains("\"year\":2021,\"value\":15555")) {
					seenAfter = (System.nanoTime() - published) / 1_000_000;
					break;
				}
				Thread.sleep(20);
			}
			System.out.println("Publish latency across two instances: " + seenAfter + " ms");
			assertThat(seenAfter).as("milliseconds until the other instance served the release")
				.isBetween(0L, 1_000L);
			assertThat(this.reader.get(this.second.baseUrl() + "/metrics/employees").body()).contains("15.555");
			assertThat(this.reader.get(this.second.baseUrl() + "/export/metrics/employees.csv").body())
				.contains("employees,total,2021,15555,,count");
		}
		finally {
			this.jdbc.update("delete from figure where year >= 2021");
			Releases.publish(this.publisher);
		}
	}

	@Test
	void keepsAnAdminSignedInAcrossInstances() {
		WebClient browser = new WebClient();
		HttpResponse<String> login = browser.login("http://localhost:" + this.port);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		HttpResponse<String> onSecond = browser.get(this.second.baseUrl() + "/admin/figures");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("Zahlen verwalten");
	}

}
