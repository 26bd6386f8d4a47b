package de.vitako.dashboard.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.shared.PublicUrl;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completes the OpenAPI document where annotations cannot: what every answer may be (its errors as RFC 9457
 * problems, 304 for a client that has it), which fields are always there and which may be {@code null}, examples,
 * {@code security: []} on every operation (nothing here needs credentials), and the catalogue's codes as enums: a
 * metric's {@code code} and the {@code metric} and {@code segment} filters take the codes of the latest release, so
 * a metric created in the admin area is documented once it is published, with no code change. The document is built
 * per request ({@code springdoc.cache.disabled}) for that reason; it is small.
 * <p>
 * {@code ApiContractTests} checks real answers against this document, so that the two cannot drift apart.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	/** Fields that are {@code null} when there is nothing to say; every other field is always there, not null. */
	static final Map<String, Set<String>> NULLABLE = Map.of("FigureResource",
			new TreeSet<>(Set.of("note", "noteEn", "value", "status", "obsStatus", "respondents", "invited")), "Source",
			Set.of("page"),
			"ReleaseResource",
			Set.of("scheduledFor"), "FoundFigure",
			new TreeSet<>(Set.of("note", "noteEn", "page", "value", "status", "obsStatus", "respondents", "invited")),
			"FigureList",
			Set.of("release"),
			"YearTotal", Set.of("value"));

	/** The document's server is the site's public address, never one a request's headers named. */
	@Bean
	ServerBaseUrlCustomizer publicServer(PublicUrl publicUrl) {
		return (generated, request) -> publicUrl.base();
	}

	@Bean
	OpenApiCustomizer completeDocument(FigureSnapshots snapshots) {
		return (api) -> {
			if (api.getPaths() == null) {
				return;
			}
			FigureSnapshot latest = snapshots.snapshot();
			List<String> metrics = latest.metrics().stream().map((m) -> m.metric().code()).toList();
			List<String> segments = latest.metrics()
				.stream()
				.flatMap((m) -> m.metric().segments().stream())
				.map(SegmentInfo::code)
				.distinct()
				.sorted()
				.toList();
			components(api);
			api.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				operation.setSecurity(new ArrayList<>());
				codes(operation, metrics, segments);
				responses(operation);
			}));
		};
	}

	/** Codes as enums: the path's {@code code}, and each item of the {@code metric} and {@code segment} filters. */
	private static void codes(Operation operation, List<String> metrics, List<String> segments) {
		if (operation.getParameters() == null) {
			return;
		}
		for (Parameter parameter : operation.getParameters()) {
			if ("path".equals(parameter.getIn()) && "code".equals(parameter.getName())) {
				parameter.setSchema(strings(metrics));
				parameter.setExample("employees");
			}
			else if ("query".equals(parameter.getIn()) && "metric".equals(parameter.getName())) {
				parameter.setSchema(new JsonSchema().types(Set.of("array")).items(strings(metrics)));
			}
			else if ("query".equals(parameter.getIn()) && "segment".equals(parameter.getName())) {
				parameter.setSchema(new JsonSchema().types(Set.of("array")).items(strings(segments)));
			}
			else if ("query".equals(parameter.getIn()) && "release".equals(parameter.getName())) {
				parameter.setDescription("Release number (GET /api/v1/releases); the latest if none. Not a number: "
						+ "400; a number not published: 404");
				parameter.setSchema(new JsonSchema().types(Set.of("integer")).minimum(BigDecimal.ONE)
					.maximum(BigDecimal.valueOf(999_999_999)));
				parameter.setExample(1);
			}
			else if ("query".equals(parameter.getIn()) && Set.of("from", "to").contains(parameter.getName())) {
				parameter.setSchema(new JsonSchema().types(Set.of("integer")).minimum(BigDecimal.valueOf(1000))
					.maximum(BigDecimal.valueOf(9999)));
				parameter.setExample("from".equals(parameter.getName()) ? 2019 : 2020);
			}
			else if ("query".equals(parameter.getIn()) && "lang".equals(parameter.getName())) {
				parameter.setSchema(strings(List.of("de", "en")));
			}
		}
	}

	private static Schema<Object> strings(List<String> values) {
		Schema<Object> schema = new JsonSchema().types(Set.of("string"));
		schema.setEnum(new ArrayList<>(values));
		return schema;
	}

	/**
	 * Every answer an operation can give: 200 with its validators, 304 when the client's ETag is current, 400 where
	 * a filter or the release can be malformed, 404 for an unknown code or release, 406 when the client accepts no
	 * JSON, and 503 while the database is away. Other methods than GET get 405 with {@code Allow} (said in the description: a
	 * method that does not exist has no operation to document it).
	 */
	private static void responses(Operation operation) {
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		if (ok != null) {
			ok.setDescription(ok.getDescription() == null || "OK".equals(ok.getDescription())
					? "The answer, with an ETag to revalidate it" : ok.getDescription());
			ok.addHeaderObject("ETag", header("Validator for If-None-Match (weak)"));
			ok.addHeaderObject("Cache-Control",
					header("no-cache for the latest release (revalidate), a year and immutable for a named one"));
		}
		responses.addApiResponse("304", new ApiResponse()
			.description("Not modified: the ETag in If-None-Match is still current; no body")
			.addHeaderObject("ETag", header("The same validator")));
		boolean filters = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch((p) -> "from".equals(p.getName()) || "segment".equals(p.getName()));
		boolean queried = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch((p) -> "query".equals(p.getIn()));
		if (filters) {
			responses.addApiResponse("400", problem("A malformed filter: a year that is not a year, a backward "
					+ "range, an unknown segment or language, or a release that is no number ("
					+ ProblemType.BAD_PARAMETER.type() + ")"));
		}
		else if (queried) {
			responses.addApiResponse("400", problem("A release that is no number ("
					+ ProblemType.BAD_PARAMETER.type() + ")"));
		}
		responses.addApiResponse("404", problem("An unknown metric code (" + ProblemType.UNKNOWN_METRIC.type()
				+ ") or release (" + ProblemType.UNKNOWN_RELEASE.type() + ")"));
		responses.addApiResponse("406", problem("The client accepts neither application/json nor "
				+ "application/problem+json (" + ProblemType.NOT_ACCEPTABLE.type() + ")"));
		responses.addApiResponse("503", problem("The database is unreachable for the moment; try again"));
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new JsonSchema().types(Set.of("string")));
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
	}

	/** The problem schema; every field required unless nullable; examples. */
	private static void components(OpenAPI api) {
		Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
		api.setComponents(components);
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new JsonSchema().types(Set.of("string")).format("uri-reference")
			.description("A URI naming the kind of problem, the same on every endpoint: "
					+ Arrays.stream(ProblemType.values())
						.map((kind) -> kind.type() + " (" + kind.status().value() + ")")
						.collect(Collectors.joining(", "))
					+ "; urn:vitako:problem:http-500 and -503 for a failure or an unreachable database"));
		properties.put("title", new JsonSchema().types(Set.of("string")).description("The kind of problem, short"));
		properties.put("status", new JsonSchema().types(Set.of("integer")).description("The HTTP status"));
		properties.put("detail", new JsonSchema().types(Set.of("string")).description("What to do about it"));
		properties.put("instance", new JsonSchema().types(Set.of("string")).description("The path asked for"));
		Schema<Object> problem = new JsonSchema().types(Set.of("object"))
			.description("RFC 9457 problem details")
			.properties(properties);
		problem.setRequired(List.of("title", "status", "detail"));
		problem.setExamples(List.<Object>of(new TreeMap<>(Map.of("type", "urn:vitako:problem:unknown-metric", "title",
				"Unknown metric",
				"status", 404, "detail", "No metric has the code 'nope'. GET /api/v1/metrics lists the codes.",
				"instance", "/api/v1/metrics/nope/figures"))));
		components.addSchemas(PROBLEM, problem);
		if (components.getSchemas() == null) {
			return;
		}
		components.getSchemas().forEach((name, schema) -> {
			if (PROBLEM.equals(name) || schema.getProperties() == null) {
				return;
			}
			Set<String> nullable = NULLABLE.getOrDefault(name, Set.of());
			schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
			((Map<String, Schema>) schema.getProperties()).forEach((property, type) -> {
				if (nullable.contains(property)) {
					Set<String> types = new LinkedHashSet<>(
							(type.getTypes() != null) ? type.getTypes() : Set.of(String.valueOf(type.getType())));
					types.add("null");
					type.setTypes(types);
				}
			});
		});
		// every required field in the example, the nullable ones too (a null would be dropped when written)
		example(components, "FigureResource", Map.ofEntries(Map.entry("segment", "total"), Map.entry("year", 2019),
				Map.entry("value", 15020), Map.entry("status", "provisional"), Map.entry("obsStatus", "P"),
				Map.entry("source", new TreeMap<>(Map.of("title", "Vitako: Digital durch die Pandemie", "page", 3))),
				Map.entry("note", "Schätzung aus den Antworten von 39 Mitgliedern"),
				Map.entry("noteEn", "Estimated from the answers of 39 members"),
				Map.entry("updatedAt", "2021-03-01T09:00:00Z"), Map.entry("respondents", 39),
				Map.entry("invited", 52)));
		example(components, "LocalizedText", Map.of("de", "Mitarbeiterzahl", "en", "Employees"));
		example(components, "YearTotal", Map.of("year", 2020, "value", 196900, "complete", true));
	}

	private static void example(Components components, String name, Map<String, Object> example) {
		Schema<?> schema = components.getSchemas().get(name);
		if (schema != null) {
			// in the order of their keys: the document is the same bytes in every run
			Map<String, Object> withNulls = new TreeMap<>(example);
			NULLABLE.getOrDefault(name, Set.of()).forEach((field) -> withNulls.putIfAbsent(field, null));
			((Schema<Object>) schema).setExamples(List.of(withNulls));
		}
	}

}
