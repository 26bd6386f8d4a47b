package de.vitako.dashboard.config;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that send their request bodies a byte at a time (slowloris with a body) cannot take the request workers
 * that pages need: a body is read only where a form needs it, at most a few at a time, and an unread body is not
 * drained after the answer but the connection closed.
 */
@IntegrationTest
class SlowClientsTests {

	/** Form addresses and addresses that take no body, each asked with one that never ends. */
	private static final List<String> TARGETS = List.of("/login", "/logout", "/admin/figures/discard", "/admin/import",
			"/", "/metrics/employees", "/api/v1/metrics", "/export/figures.csv", "/nothing-here");

	@LocalServerPort
	int port;

	@Test
	void slowBodiesLeavePagesAnswering() throws Exception {
		List<Socket> slow = new ArrayList<>();
		ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
		try {
			// more slow clients than there are request workers (16), each sending a byte a second: without a
			// limit every worker would wait on one of them for as long as they keep sending
			for (int i = 0; i < 3 * TARGETS.size(); i++) {
				Socket socket = new Socket("127.0.0.1", this.port);
				String path = TARGETS.get(i % TARGETS.size());
				String type = path.equals("/admin/import") ? "multipart/form-data; boundary=slow"
						: "application/x-www-form-urlencoded";
				socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
						+ "\r\nContent-Length: 100000\r\n\r\nu").getBytes(StandardCharsets.ISO_8859_1));
				slow.add(socket);
			}
			trickle.scheduleWithFixedDelay(() -> slow.forEach(SlowClientsTests::sendAByte), 1, 1, TimeUnit.SECONDS);
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			for (int i = 0; i < 40; i++) {
				String path = List.of("/", "/metrics/employees", "/api/v1/metrics", "/export/figures.csv").get(i % 4);
				HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
						+ path)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
				assertThat(page.statusCode()).as(path).isEqualTo(200);
			}
		}
		finally {
			trickle.shutdownNow();
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	private static void sendAByte(Socket socket) {
		try {
			OutputStream out = socket.getOutputStream();
			out.write('a');
			out.flush();
		}
		catch (IOException ex) {
			// the server closed it: what it should do with a body it does not need
		}
	}

}
