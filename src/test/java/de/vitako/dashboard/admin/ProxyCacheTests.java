package de.vitako.dashboard.admin;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Nginx;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented nginx (deploy/nginx.conf) absorbs a rush on public pages with its small cache, and never caches
 * the admin area, the preview or anything of a signed-in session.
 */
@IntegrationTest
class ProxyCacheTests {

	@LocalServerPort
	int port;

	@Autowired
	FigureSnapshots snapshots;

	@Test
	void cachesPublicAnswersBrieflyAndNothingPrivate(@TempDir Path nginxDir) throws Exception {
		try (Nginx nginx = Nginx.inFrontOf(this.port, nginxDir)) {
			HttpClient client = HttpClient.newBuilder().build();
			String named = "/metrics/employees?release=" + this.snapshots.knownRelease();
			for (String path : new String[] { "/", named, "/export/figures.csv", "/api/v1/metrics" }) {
				get(client, nginx.baseUrl() + path);
				HttpResponse<String> again = get(client, nginx.baseUrl() + path);
				assertThat(again.statusCode()).as(path).isEqualTo(200);
				assertThat(again.headers().firstValue("X-Cache-Status")).as(path).hasValue("HIT");
			}
			assertThat(get(client, nginx.baseUrl() + named).headers().firstValue("Cache-Control"))
				.hasValue("public, max-age=31536000, immutable");
			// nginx counts in whole seconds
			Thread.sleep(2_100);
			assertThat(get(client, nginx.baseUrl() + "/").headers().firstValue("X-Cache-Status"))
				.as("after its second the page is revalidated with its ETag")
				.hasValueSatisfying((status) -> assertThat(status).isIn("REVALIDATED", "EXPIRED", "UPDATING", "STALE"));

			WebClient admin = new WebClient();
			admin.login(nginx.baseUrl());
			for (String path : new String[] { "/admin/figures", "/admin/preview/", "/", "/login" }) {
				admin.get(nginx.baseUrl() + path);
				HttpResponse<String> again = admin.get(nginx.baseUrl() + path);
				assertThat(again.headers().firstValue("X-Cache-Status")).as(path)
					.hasValueSatisfying((status) -> assertThat(status).isIn("BYPASS", "MISS"));
			}
			HttpResponse<String> preview = admin.get(nginx.baseUrl() + "/admin/preview/");
			assertThat(preview.body()).contains("Vorschau");
			assertThat(get(client, nginx.baseUrl() + "/").body()).doesNotContain("Vorschau");
			assertThat(get(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
					nginx.baseUrl() + "/admin/preview/").statusCode())
				.as("anonymous, from the cache or not")
				.isEqualTo(302);
		}
	}

	/** A client asking for many chart images at once is refused by nginx before the application draws any. */
	@Test
	void limitsEachClientsImagesAtTheProxy(@TempDir Path nginxDir) throws Exception {
		try (Nginx nginx = Nginx.inFrontOf(this.port, nginxDir)) {
			HttpClient client = HttpClient.newBuilder().build();
			String image = nginx.baseUrl() + "/metrics/employees.svg";
			assertThat(get(client, image).statusCode()).as("drawn once, then kept").isEqualTo(200);
			// eight clients at a time on kept connections, each image answered from memory: the refusals do not
			// depend on how fast this machine draws one, and beyond the burst of 40 nginx refuses what its rate of
			// 10 a second has not made room for (200 requests would have to take 16 s to pass unrefused)
			ExecutorService clients = Executors.newFixedThreadPool(8);
			List<Future<Integer>> flood = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				flood.add(clients.submit(() -> get(client, image).statusCode()));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : flood) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			clients.shutdown();
			assertThat(statuses).as("kept images are served or refused, nothing else")
				.allMatch((status) -> status == 200 || status == 429);
			assertThat(statuses).as("of 200 images asked for by eight clients at once, beyond the burst of 40")
				.contains(429);
			assertThat(get(client, nginx.baseUrl() + "/").statusCode()).as("pages are not limited").isEqualTo(200);
		}
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
