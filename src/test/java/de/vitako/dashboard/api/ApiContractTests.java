package de.vitako.dashboard.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The OpenAPI document and the API cannot drift apart: real answers, good and bad, are checked against the schema
 * the document gives for their path, status and media type (with networknt's JSON Schema 2020-12 validator, the
 * dialect of OpenAPI 3.1), and every status the API answers is one the document lists.
 */
@IntegrationTest
class ApiContractTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** JSON Schema 2020-12, told that the document's {@code components} (where the {@code $ref}s point) is no keyword. */
	private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
			(builder) -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
				.keyword(new NonValidationKeyword("components"))
				.build()));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	private JsonNode document;

	@BeforeEach
	void readDocument() throws Exception {
		this.document = JSON.readTree(this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(
				StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"/api/v1/metrics|200", "/api/v1/metrics?release=1|200", "/api/v1/metrics?release=999|404",
			"/api/v1/metrics/employees/figures|200", "/api/v1/metrics/devices_ordered/figures|200",
			"/api/v1/metrics/employees/figures?release=1|200", "/api/v1/metrics/nope/figures|404",
			"/api/v1/figures|200", "/api/v1/figures?metric=employees&from=2012&to=2018&lang=en|200",
			"/api/v1/figures?metric=devices_ordered&segment=schools|200", "/api/v1/figures?from=abc|400",
			"/api/v1/figures?from=2019&to=2010|400", "/api/v1/figures?metric=nope|404",
			"/api/v1/figures?segment=nope|400", "/api/v1/figures?lang=fr|400", "/api/v1/figures?release=999|404",
			"/api/v1/releases|200" })
	void answersAsDocumented(String uri, int status) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(status);
		assertDocumented(uri, result);
		// and the answer's validators work as documented
		if (status == 200) {
			String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
			assertThat(etag).isNotBlank();
			assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isNotBlank();
			MvcTestResult again = this.mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
			assertThat(again).hasStatus(304);
			assertDocumented(uri, again);
		}
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/metrics", "/api/v1/metrics/employees/figures", "/api/v1/figures", "/api/v1/releases" })
	void refusesAClientThatAcceptsNoJsonAsDocumented(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT, "text/csv").exchange();
		assertThat(result).hasStatus(406);
		assertDocumented(uri, result);
	}

	/** A method that does not exist has no operation to document it: the answer is the documented problem. */
	@Test
	void answersOtherMethodsWith405AndAProblem() throws Exception {
		for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
			MvcTestResult result = this.mvc.perform(request(org.springframework.http.HttpMethod.valueOf(method),
					"/api/v1/metrics"));
			assertThat(result).hasStatus(405).hasHeader(HttpHeaders.ALLOW, "GET, HEAD");
			assertValid(this.document.at("/components/schemas/Problem"), body(result), method);
		}
		MvcTestResult unknown = this.mvc.get().uri("/api/v1/nothing/here").exchange();
		assertThat(unknown).hasStatus(404);
		assertValid(this.document.at("/components/schemas/Problem"), body(unknown), "unknown path");
	}

	@Test
	void documentsCodesAsEnumsAndNoCredentials() {
		JsonNode code = this.document.at("/paths/~1api~1v1~1metrics~1{code}~1figures/get/parameters/0/schema/enum");
		assertThat(code.toString()).contains("\"employees\"", "\"devices_ordered\"");
		JsonNode segment = this.document.at("/paths/~1api~1v1~1figures/get/parameters");
		assertThat(segment.toString()).contains("\"schools\"", "\"municipal_administrations\"");
		this.document.at("/paths").forEach((path) -> path.forEach((operation) -> {
			assertThat(operation.get("security")).as(operation.path("operationId").asText()).isNotNull();
			assertThat(operation.get("security").isEmpty()).isTrue();
			assertThat(operation.at("/responses").has("304")).isTrue();
			assertThat(operation.at("/responses").has("406")).isTrue();
		}));
		assertThat(this.document.at("/info/license/url").asText()).isEqualTo("https://www.govdata.de/dl-de/by-2-0");
		assertThat(this.document.at("/info/contact/url").asText()).isNotBlank();
		// a field that is null when there is nothing to say is documented so
		assertThat(this.document.at("/components/schemas/FigureResource/properties/note/type").toString())
			.contains("null");
		assertThat(this.document.at("/components/schemas/FigureResource/required").toString()).contains("\"note\"",
				"\"value\"");
		assertThat(this.document.at("/components/schemas/Problem/examples")).isNotEmpty();
	}

	/** The schema is strict enough to notice: a figure without its value, or a note that is a number, fails. */
	@Test
	void theSchemasRefuseWhatTheApiMustNotSend() throws Exception {
		JsonNode schema = schemaOf("/api/v1/metrics/{code}/figures", "200", "application/json");
		ObjectNode answer = (ObjectNode) JSON.readTree(
				body(this.mvc.get().uri("/api/v1/metrics/employees/figures").exchange()));
		assertThat(errors(schema, answer)).isEmpty();
		((ObjectNode) answer.at("/figures/0")).remove("value");
		assertThat(errors(schema, answer)).isNotEmpty();
		((ObjectNode) answer.at("/figures/1")).put("note", 42);
		assertThat(errors(schema, answer)).hasSizeGreaterThan(1);
	}

	/** Every example in the document is valid against its own schema (what Redocly's lint found wanting). */
	@Test
	void documentsOnlyExamplesItsSchemasAccept() {
		int examples = 0;
		Iterator<Map.Entry<String, JsonNode>> schemas = this.document.at("/components/schemas").fields();
		while (schemas.hasNext()) {
			Map.Entry<String, JsonNode> schema = schemas.next();
			for (JsonNode example : schema.getValue().path("examples")) {
				assertThat(errors(schema.getValue(), example)).as("%s: %s", schema.getKey(), example).isEmpty();
				examples++;
			}
		}
		assertThat(examples).isGreaterThanOrEqualTo(4);
	}

	/**
	 * What Schemathesis does, from the document alone: for every operation, requests with each parameter at values
	 * its schema allows (every enum value, the bounds of a range) and at values it refuses (wrong types, out of
	 * range, unknown codes). A request the schema allows is never refused as malformed (400); one it refuses is
	 * refused (400, or 404 for a code or number that names nothing); every answer's status is documented for the
	 * operation and its body valid against the schema documented for that status.
	 */
	@Test
	void answersRequestsDerivedFromTheDocumentAsDocumented() throws Exception {
		int requests = 0;
		Iterator<Map.Entry<String, JsonNode>> paths = this.document.get("paths").fields();
		while (paths.hasNext()) {
			Map.Entry<String, JsonNode> path = paths.next();
			JsonNode parameters = path.getValue().at("/get/parameters");
			Map<String, String> base = new LinkedHashMap<>();
			for (JsonNode parameter : parameters) {
				if ("path".equals(parameter.get("in").asText())) {
					base.put(parameter.get("name").asText(), validValues(parameter.get("schema")).get(0));
				}
			}
			requests += derived(path.getKey(), base, Map.of(), true);
			for (JsonNode parameter : parameters) {
				String name = parameter.get("name").asText();
				boolean inPath = "path".equals(parameter.get("in").asText());
				for (String value : validValues(parameter.get("schema"))) {
					requests += derived(path.getKey(), with(base, name, value, inPath), inPath ? Map.of()
							: Map.of(name, value), true);
				}
				for (String value : invalidValues(parameter.get("schema"))) {
					requests += derived(path.getKey(), with(base, name, value, inPath), inPath ? Map.of()
							: Map.of(name, value), false);
				}
			}
		}
		assertThat(requests).as("requests derived from the document").isGreaterThan(100);
	}

	private int derived(String template, Map<String, String> pathValues, Map<String, String> query, boolean valid)
			throws Exception {
		String path = template;
		for (Map.Entry<String, String> value : pathValues.entrySet()) {
			path = path.replace("{" + value.getKey() + "}",
					URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
		}
		StringBuilder uri = new StringBuilder("http://localhost:" + this.port + path);
		for (Map.Entry<String, String> parameter : query.entrySet()) {
			uri.append(uri.indexOf("?") < 0 ? '?' : '&')
				.append(parameter.getKey())
				.append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
		}
		// over HTTP, as a client sends it: the container's and the firewall's refusals are answers too
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(uri.toString())).build(),
				HttpResponse.BodyHandlers.ofString());
		int status = answer.statusCode();
		String what = (valid ? "allowed " : "refused ") + path + " " + query + " -> " + status;
		if (valid) {
			assertThat(status).as(what).isNotEqualTo(400).isLessThan(500);
		}
		else {
			assertThat(status).as(what).isIn(400, 404);
		}
		JsonNode documented = this.document.at("/paths").get(template).at("/get/responses").get(String.valueOf(status));
		assertThat(documented).as(what + ": status documented").isNotNull();
		String type = answer.headers().firstValue("Content-Type").orElse("none").replaceFirst(";.*", "");
		assertValid(schemaOf(template, String.valueOf(status), type), answer.body(), what);
		return 1;
	}

	private static Map<String, String> with(Map<String, String> base, String name, String value, boolean inPath) {
		Map<String, String> values = new LinkedHashMap<>(base);
		if (inPath) {
			values.put(name, value);
		}
		return values;
	}

	/** Values the schema allows: every enum value, a range's bounds, an array of one allowed item. */
	private static List<String> validValues(JsonNode schema) {
		List<String> values = new ArrayList<>();
		if (schema.has("enum")) {
			schema.get("enum").forEach((value) -> values.add(value.asText()));
		}
		else if (schema.path("type").asText().equals("array") || schema.path("type").toString().contains("array")) {
			List<String> items = validValues(schema.get("items"));
			values.add(items.get(0));
			values.add(items.get(items.size() - 1));
		}
		else if (schema.has("minimum")) {
			values.add(schema.get("minimum").asText());
			values.add(schema.get("maximum").asText());
		}
		assertThat(values).as("allowed values of %s", schema).isNotEmpty();
		return values;
	}

	/** Values the schema refuses: other types, numbers out of range or not whole, codes that name nothing. */
	private static List<String> invalidValues(JsonNode schema) {
		JsonNode scalar = schema.has("items") ? schema.get("items") : schema;
		List<String> values = new ArrayList<>(List.of("nope", "x".repeat(300), "\u00e4\u20ac", "1.5", "-1", "1e3",
				" 1x", "null", "[1]"));
		if (scalar.has("minimum")) {
			values.add(String.valueOf(scalar.get("minimum").asLong() - 1));
			values.add(String.valueOf(scalar.get("maximum").asLong() + 1));
		}
		return values;
	}

	private void assertDocumented(String uri, MvcTestResult result) throws Exception {
		String path = documentedPath(uri.replaceFirst("\\?.*", ""));
		String status = String.valueOf(result.getResponse().getStatus());
		JsonNode response = this.document.at("/paths").get(path).at("/get/responses").get(status);
		assertThat(response).as("status %s of %s documented", status, path).isNotNull();
		String body = body(result);
		if (body.isEmpty()) {
			assertThat(response.has("content")).as("%s %s has no body", path, status).isFalse();
			return;
		}
		String type = result.getResponse().getContentType().replaceFirst(";.*", "");
		assertValid(schemaOf(path, status, type), body, uri + " " + status);
	}

	private JsonNode schemaOf(String path, String status, String type) {
		JsonNode schema = this.document.at("/paths").get(path).at("/get/responses").get(status).at("/content")
			.get(type);
		assertThat(schema).as("%s %s documented as %s", path, status, type).isNotNull();
		return schema.get("schema");
	}

	private void assertValid(JsonNode schema, String body, String what) throws Exception {
		assertThat(errors(schema, JSON.readTree(body))).as(what + ": " + body).isEmpty();
	}

	/** Validates against a schema of the document, its {@code $ref}s resolved in the document's components. */
	private Set<ValidationMessage> errors(JsonNode schema, JsonNode instance) {
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
		fields.forEachRemaining((field) -> root.set(field.getKey(), field.getValue()));
		root.set("components", this.document.get("components"));
		return SCHEMAS.getSchema(root).validate(instance);
	}

	/** The document's path template that a concrete path matches. */
	private String documentedPath(String path) {
		Iterator<String> templates = this.document.get("paths").fieldNames();
		while (templates.hasNext()) {
			String template = templates.next();
			if (Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), path)) {
				return template;
			}
		}
		throw new AssertionError("no documented path for " + path);
	}

	private static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
