package de.vitako.dashboard.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.support.IntegrationTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DCAT-AP.de catalogue for GovData: valid under GovData's SHACL shapes (DCAT-AP 3.0.0 with the German overlay,
 * see {@code src/test/resources/dcat-ap-de/README.md}), the same graph as Turtle and as JSON-LD, one dataset per
 * metric of the latest release with a distribution per format.
 */
@IntegrationTest
class DcatCatalogueTests {

	private static final String SHAPES = "/dcat-ap-de/";

	private static final String PREFIXES = """
			PREFIX dcat: <http://www.w3.org/ns/dcat#>
			PREFIX dct: <http://purl.org/dc/terms/>
			PREFIX dcatde: <http://dcat-ap.de/def/dcatde/>
			PREFIX foaf: <http://xmlns.com/foaf/0.1/>
			PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
			""";

	private static Shapes shapes;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	@BeforeAll
	static void loadShapes() throws IOException {
		Graph graph = GraphFactory.createDefaultGraph();
		for (String file : List.of("dcat-ap-3.0.0-SHACL.ttl", "dcat-ap-SHACL-DE.ttl", "dcat-ap-de-deprecated.ttl",
				"dcat-ap-spec-german-additions.ttl", "dcat-ap-de-controlledvocabularies.ttl")) {
			try (InputStream in = DcatCatalogueTests.class.getResourceAsStream(SHAPES + file)) {
				RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
			}
		}
		shapes = Shapes.parse(graph);
	}

	@Test
	void isValidUnderGovDatasShapes() throws IOException {
		ValidationReport report = ShaclValidator.get().validate(shapes, catalogueWithVocabulary().getGraph());
		String findings = report.getEntries()
			.stream()
			.map((entry) -> entry.severity().level().getLocalName() + ": " + entry.focusNode() + " "
					+ entry.resultPath() + " " + entry.message())
			.collect(Collectors.joining("\n"));
		assertThat(report.getEntries().stream().filter((entry) -> entry.severity() == Severity.Violation))
			.as(findings)
			.isEmpty();
		assertThat(report.conforms()).as(findings).isTrue();
	}

	/** The shapes do bite: the same catalogue without its distributions' licences is refused. */
	@Test
	void aDistributionWithoutLicenceIsAViolation() throws IOException {
		Model data = catalogueWithVocabulary();
		data.removeAll(null, DCTerms.license, null);
		ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
		assertThat(report.getEntries()).filteredOn((entry) -> entry.severity() == Severity.Violation)
			.isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.message()).contains("license"));
	}

	@Test
	void turtleAndJsonLdAreTheSameGraph() {
		Model turtle = ModelFactory.createDefaultModel();
		RDFParser.fromString(get("/export/catalog.ttl", "*/*"), Lang.TURTLE).parse(turtle);
		Model jsonLd = ModelFactory.createDefaultModel();
		RDFParser.fromString(get("/export/catalog.jsonld", "*/*"), Lang.JSONLD11).parse(jsonLd);
		assertThat(turtle.size()).isGreaterThan(100);
		assertThat(jsonLd.isIsomorphicWith(turtle)).isTrue();
	}

	@Test
	void describesEachMetricOfTheLatestReleaseAsADatasetWithItsDownloads() {
		FigureSnapshot latest = this.snapshots.snapshot();
		Model model = ModelFactory.createDefaultModel();
		RDFParser.fromString(get("/export/catalog.ttl", "text/turtle"), Lang.TURTLE).parse(model);
		List<QuerySolution> datasets = select(model, """
				SELECT ?dataset ?id ?title ?page ?modified ?start ?end ?license ?contributor ?email
				       (COUNT(DISTINCT ?distribution) AS ?distributions) WHERE {
				  ?catalog a dcat:Catalog ; dcat:dataset ?dataset .
				  ?dataset a dcat:Dataset ; dct:identifier ?id ; dct:title ?title ; dcat:landingPage ?page ;
				    dct:modified ?modified ; dcatde:contributorID ?contributor ;
				    dct:temporal [ dcat:startDate ?start ; dcat:endDate ?end ] ;
				    dcat:contactPoint [ vcard:hasEmail ?email ] ;
				    dcat:distribution ?distribution .
				  ?distribution dct:license ?license .
				  FILTER (lang(?title) = "de")
				} GROUP BY ?dataset ?id ?title ?page ?modified ?start ?end ?license ?contributor ?email
				ORDER BY ?id""");
		assertThat(datasets).extracting((row) -> row.getLiteral("id").getString())
			.containsExactlyInAnyOrderElementsOf(latest.metrics().stream().map((m) -> m.metric().code()).toList());
		for (QuerySolution row : datasets) {
			MetricData metric = latest.metric(row.getLiteral("id").getString()).orElseThrow();
			assertThat(row.getLiteral("title").getString()).isEqualTo(metric.metric().label().de());
			assertThat(row.getResource("page").getURI()).endsWith("/metrics/" + metric.metric().slug());
			assertThat(row.getLiteral("distributions").getInt()).isEqualTo(5);
			assertThat(row.getResource("license").getURI()).isEqualTo("http://dcat-ap.de/def/licenses/dl-by-de/2.0");
			assertThat(row.getResource("contributor").getURI()).startsWith("http://dcat-ap.de/def/contributors/");
			assertThat(row.getResource("email").getURI()).startsWith("mailto:");
			assertThat(row.getLiteral("start").getLexicalForm()).isEqualTo(metric.years().get(0) + "-01-01");
			assertThat(row.getLiteral("end").getLexicalForm())
				.isEqualTo(metric.years().get(metric.years().size() - 1) + "-12-31");
			assertThat(row.getLiteral("modified").getLexicalForm())
				.startsWith(latest.changedAt().toString().substring(0, 19));
		}
		// each format once, each link one that answers
		List<QuerySolution> downloads = select(model, """
				SELECT ?url ?format WHERE {
				  ?dataset dct:identifier "employees" ; dcat:distribution [ dcat:downloadURL ?url ; dct:format ?format ] .
				} ORDER BY ?url""");
		assertThat(downloads).extracting((row) -> row.getResource("url").getURI().replaceFirst("^https?://[^/]+", ""))
			.containsExactlyInAnyOrder("/export/metrics/employees.csv", "/export/metrics/employees.csv?format=excel",
					"/export/metrics/employees.csv?format=xlsx", "/api/v1/metrics/employees/figures",
					"/export/datapackage.json");
		downloads.forEach((row) -> assertThat(
				this.mvc.get().uri(row.getResource("url").getURI().replaceFirst("^https?://[^/]+", "")).exchange())
			.hasStatusOk());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "application/ld+json|application/ld+json",
			"application/json|application/ld+json", "text/turtle|text/turtle",
			"text/turtle;q=0.5, application/ld+json|application/ld+json",
			"text/html,application/xhtml+xml,*/*;q=0.8|text/turtle", "''|text/turtle", "no/such/type|text/turtle" })
	void answersInTheFormatTheClientPrefers(String accept, String expected) {
		MvcTestResult result = this.mvc.get().uri("/export/catalog").header(HttpHeaders.ACCEPT, accept).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT);
		assertThat(result.getResponse().getContentType()).startsWith(expected);
	}

	@Test
	void refusesAClientThatAcceptsNeitherAndRevalidatesByETag() {
		assertThat(this.mvc.get().uri("/export/catalog").header(HttpHeaders.ACCEPT, "image/png").exchange())
			.hasStatus(406);
		MvcTestResult first = this.mvc.get().uri("/export/catalog.ttl").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(first).hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		assertThat(this.mvc.get().uri("/export/catalog.ttl").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(304);
	}

	/** The served catalogue with the vocabulary entries it names (see the shapes' README). */
	private Model catalogueWithVocabulary() throws IOException {
		Model data = ModelFactory.createDefaultModel();
		RDFParser.fromString(get("/export/catalog.ttl", "text/turtle"), Lang.TURTLE).parse(data);
		try (InputStream in = getClass().getResourceAsStream(SHAPES + "vocabulary-entries.ttl")) {
			RDFParser.source(in).lang(Lang.TURTLE).parse(data);
		}
		return data;
	}

	private String get(String uri, String accept) {
		MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT, accept).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static List<QuerySolution> select(Model model, String query) {
		try (var execution = QueryExecutionFactory.create(PREFIXES + query, model)) {
			List<QuerySolution> rows = new ArrayList<>();
			execution.execSelect().forEachRemaining(rows::add);
			return rows;
		}
	}

}
