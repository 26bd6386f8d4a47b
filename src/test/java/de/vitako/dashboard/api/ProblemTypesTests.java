package de.vitako.dashboard.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of error has one status and one problem type on every endpoint of the public data that can give it:
 * the read API, the exports, the data package, the DCAT catalogue and the images, asked over HTTP as a client
 * would (so that errors answered by the servlet container's error page are walked too).
 */
@IntegrationTest
class ProblemTypesTests {

	/** Every endpoint that takes {@code ?release=}. */
	private static final List<String> RELEASED = List.of("/api/v1/metrics", "/api/v1/metrics/employees/figures",
			"/api/v1/figures", "/export/figures.csv", "/export/metrics/employees.csv", "/export/datapackage.json",
			"/export/catalog", "/export/catalog.ttl", "/export/catalog.jsonld", "/metrics/employees.svg",
			"/metrics/employees.png", "/metrics/employees/card.png");

	private static final List<String> API = List.of("/api/v1/metrics", "/api/v1/metrics/employees/figures",
			"/api/v1/figures", "/api/v1/releases");

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	static Stream<Arguments> mistakes() {
		Stream.Builder<Arguments> mistakes = Stream.builder();
		for (String path : RELEASED) {
			mistakes.add(Arguments.of("GET", path + "?release=abc", null, ProblemType.BAD_PARAMETER));
			mistakes.add(Arguments.of("GET", path + "?release=99", null, ProblemType.UNKNOWN_RELEASE));
		}
		for (String path : Stream.concat(RELEASED.stream(), Stream.of("/api/v1/releases", "/releases.atom"))
			.toList()) {
			mistakes.add(Arguments.of("POST", path, null, ProblemType.METHOD_NOT_ALLOWED));
			mistakes.add(Arguments.of("DELETE", path, null, ProblemType.METHOD_NOT_ALLOWED));
		}
		for (String path : API) {
			mistakes.add(Arguments.of("GET", path, "image/gif", ProblemType.NOT_ACCEPTABLE));
		}
		for (String path : List.of("/api/v1/metrics/nope/figures", "/api/v1/figures?metric=nope",
				"/export/metrics/nope.csv", "/export/figures.csv?metric=nope", "/metrics/nope.svg", "/metrics/nope.png",
				"/metrics/nope/card.png")) {
			mistakes.add(Arguments.of("GET", path, null, ProblemType.UNKNOWN_METRIC));
		}
		for (String path : List.of("/api/v1/figures?from=20x", "/export/figures.csv?to=20x",
				"/api/v1/figures?from=2020&to=2010", "/export/figures.csv?lang=fr", "/api/v1/figures?lang=fr",
				"/metrics/employees.svg?lang=fr", "/metrics/employees.png?width=99999", "/export/figures.csv?format=doc",
				"/api/v1/figures?segment=nope", "/metrics/employees.gif")) {
			mistakes.add(Arguments.of("GET", path, null, ProblemType.BAD_PARAMETER));
		}
		for (String path : List.of("/api/v1/nothing", "/api/v1/metrics/employees", "/api", "/export/nothing.csv")) {
			mistakes.add(Arguments.of("GET", path, null, ProblemType.NOT_FOUND));
		}
		mistakes.add(Arguments.of("GET", "/export/figures.csv?from=1990&to=1991", null, ProblemType.NO_FIGURES));
		return mistakes.build();
	}

	@ParameterizedTest(name = "{0} {1} (Accept: {2}) is {3}")
	@MethodSource("mistakes")
	void answersEveryKindOfMistakeWithItsStatusAndType(String method, String path, String accept, ProblemType kind)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (accept != null) {
			request.header("Accept", accept);
		}
		HttpResponse<String> answer = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(kind.status().value());
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.headers().allValues("Cache-Control")).as("kept by no cache").containsExactly("no-cache");
		JsonNode problem = this.json.readTree(answer.body());
		assertThat(problem.path("type").asString()).isEqualTo(kind.type().toString());
		assertThat(problem.path("status").asInt()).isEqualTo(kind.status().value());
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		if (kind == ProblemType.METHOD_NOT_ALLOWED) {
			assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD");
		}
	}

}
