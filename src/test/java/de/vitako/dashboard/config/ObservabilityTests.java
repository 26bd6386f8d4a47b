package de.vitako.dashboard.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator and a load balancer see: health without details and probes on the main port, Prometheus with
 * the application's own metrics only on the management port.
 */
@IntegrationTest
class ObservabilityTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answersHealthWithoutDetailsOnTheMainPort() throws Exception {
		HttpResponse<String> health = get(this.port, "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("db", "postgres", "components");
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/readyz").statusCode()).isEqualTo(200);
	}

	@Test
	void keepsPrometheusAndOtherEndpointsOffTheMainPort() throws Exception {
		assertThat(get(this.port, "/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(get(this.port, "/actuator/env").statusCode()).isEqualTo(404);
		assertThat(get(this.managementPort, "/actuator/env").statusCode()).isEqualTo(404);
	}

	@Test
	void exportsPageExportAndChangeMetricsToPrometheus() throws Exception {
		get(this.port, "/");
		get(this.port, "/");
		get(this.port, "/export/metrics/employees.csv");
		HttpResponse<String> scrape = get(this.managementPort, "/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("vitako_pages_total{", "cache=\"hit\"", "vitako_exports_seconds_count{",
				"http_server_requests_seconds_count{", "hikaricp_connections");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
