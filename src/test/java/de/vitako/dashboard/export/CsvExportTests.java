package de.vitako.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CsvExportTests {

	/** The application's clock, in VITAKO_TIME_ZONE: the file's date is the day there, not in UTC. */
	@Autowired
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publisher publisher;

	@Autowired
	FigureSnapshots snapshots;

	@Test
	void machineVariantHoldsEveryPublishedFigureExactly() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/export/figures.csv").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(body[0]).as("no BOM").isEqualTo((byte) 'm');
		List<CSVRecord> records = parse(new String(body, StandardCharsets.UTF_8), ',');
		assertThat(records.get(0).toList()).containsExactly("metric", "segment", "year", "value", "status", "unit",
				"metric_label", "segment_label", "source", "note", "note_en", "updated_at", "respondents",
				"invited");
		assertEveryPublishedFigure(records.subList(1, records.size()), (value) -> value);
		assertThat(records.get(1).toList()).startsWith("devices_ordered", "schools", "2020", "164400", "", "count",
				"Corona-bedingt bestellte Endgeräte", "Schulen", "Vitako: Digital durch die Pandemie, S. 2", "");
		assertThat(records.get(1).get(11)).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
	}

	@Test
	void listsFiguresByMetricYearAndSegmentInTheCataloguesOrder() throws IOException {
		List<MetricInfo> metrics = this.snapshots.metrics();
		List<String> metricCodes = metrics.stream().map(MetricInfo::code).toList();
		Comparator<CSVRecord> catalogueOrder = Comparator
			.comparingInt((CSVRecord row) -> metricCodes.indexOf(row.get(0)))
			.thenComparingInt((row) -> Integer.parseInt(row.get(2)))
			.thenComparingInt((row) -> metrics.get(metricCodes.indexOf(row.get(0)))
				.segments()
				.stream()
				.map(SegmentInfo::code)
				.toList()
				.indexOf(row.get(1)));
		List<CSVRecord> records = parse(body("/export/figures.csv"), ',');
		assertThat(records.subList(1, records.size())).isSortedAccordingTo(catalogueOrder);
		// the catalogue's order is not the codes' order: devices come first, schools before administrations
		assertThat(records.get(1).get(0)).isEqualTo("devices_ordered");
		assertThat(records.get(2).get(1)).isEqualTo("municipal_administrations");
	}

	@Test
	void machineVariantNeverQuotesNumbers() {
		String body = body("/export/metrics/device_type_share.csv");
		assertThat(body).contains("\ndevice_type_share,tablets,2020,73.1,,percent,");
	}

	@Test
	void excelVariantUsesSemicolonsDecimalCommaBomAndGermanHeaders() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/export/figures.csv?format=excel").exchange();
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		List<CSVRecord> records = parse(text, ';');
		assertThat(records.get(0).toList()).startsWith("Kennzahl (Code)", "Bereich (Code)", "Jahr", "Wert", "Vermerk",
				"Einheit");
		assertEveryPublishedFigure(records.subList(1, records.size()), (value) -> value.replace('.', ','));
		assertThat(text).contains(";73,1;;Prozent;").doesNotContain("196.900").doesNotContain("164.400");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.contains("vitako-kennzahlen-excel-" + LocalDate.now(this.clock) + ".csv");
	}

	@Test
	void excelVariantSpeaksEnglishWhenAsked() {
		assertThat(body("/export/figures.csv?format=excel&lang=en")).contains("Metric (code);Segment (code);Year;Value")
			.contains("Devices ordered because of the pandemic;Schools;Vitako: Digital durch die Pandemie, p. 2");
	}

	@Test
	void namesADatedAttachment() {
		assertThat(this.mvc.get().uri("/export/figures.csv")).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"vitako-kennzahlen-" + LocalDate.now(this.clock) + ".csv\"");
	}

	@Test
	void filtersByMetricSegmentAndYears() throws IOException {
		List<CSVRecord> records = parse(
				body("/export/figures.csv?metric=video_licences,vpn_certificates&segment=schools&from=2020&to=2020"),
				',');
		assertThat(records).hasSize(2);
		assertThat(records.get(1).toList()).startsWith("video_licences", "schools", "2020", "19400");
		assertThat(parse(body("/export/figures.csv?metric=employees&metric=supported_workplaces"), ','))
			.hasSize(1 + 6 + 2);
		assertThat(parse(body("/export/metrics/employees.csv?from=2014&to=2016"), ',')).hasSize(1 + 2);
	}

	@Test
	void answersBadInputWithAClearProblem() {
		assertProblem("/export/figures.csv?metric=nope", HttpStatus.NOT_FOUND, "nope");
		assertProblem("/export/metrics/nope.csv", HttpStatus.NOT_FOUND, "nope");
		assertProblem("/export/figures.csv?metric=employees&segment=schools", HttpStatus.BAD_REQUEST, "schools");
		assertProblem("/export/figures.csv?from=2020&to=2010", HttpStatus.BAD_REQUEST, "after");
		assertProblem("/export/figures.csv?from=twenty", HttpStatus.BAD_REQUEST, "twenty");
		assertProblem("/export/figures.csv?format=ods", HttpStatus.BAD_REQUEST, "ods");
		assertProblem("/export/figures.csv?lang=fr", HttpStatus.BAD_REQUEST, "fr");
		assertProblem("/export/figures.csv?from=2050", HttpStatus.NOT_FOUND, "No figure matches");
	}

	@Test
	void neutralisesFormulasInTextCellsInBothVariants() throws IOException {
		List<String> attacks = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0",
				"@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "\tTab", "\rReturn");
		for (String attack : attacks) {
			long id = FigureFixtures.publishEmployees2021(this.jdbc, this.publisher, "1", attack);
						try {
				CSVRecord machine = lastRow(body("/export/metrics/employees.csv"), ',');
				assertThat(machine.get("note")).isEqualTo("'" + attack);
				String excel = body("/export/metrics/employees.csv?format=excel").substring(1);
				assertThat(lastRow(excel, ';').get("Anmerkung")).isEqualTo("'" + attack);
			}
			finally {
				FigureFixtures.unpublish(this.jdbc, this.publisher, id);
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "He said \"yes\"; then, no", "Zeile 1\nZeile 2\r\nZeile 3", "Größe Übermaß ß 😀",
			"'quoted'", "" })
	void roundTripsAwkwardTextExactly(String note) throws IOException {
		long id = FigureFixtures.publishEmployees2021(this.jdbc, this.publisher, "1", note);
				try {
			assertThat(lastRow(body("/export/metrics/employees.csv"), ',').get("note")).isEqualTo(note);
			String excel = body("/export/metrics/employees.csv?format=excel").substring(1);
			assertThat(lastRow(excel, ';').get("Anmerkung")).isEqualTo(note);
		}
		finally {
			FigureFixtures.unpublish(this.jdbc, this.publisher, id);
		}
	}

	@Test
	void streamsLargeExportsExactlyAsItRendersSmallOnes(@Autowired CsvExporter exporter) {
		for (ExportFormat format : ExportFormat.values()) {
			for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
				ExportQuery query = new ExportQuery(List.of(), List.of(), null, null, format, locale,
						this.snapshots.knownRelease());
				ByteArrayOutputStream streamed = new ByteArrayOutputStream();
				exporter.stream(query, streamed);
				assertThat(streamed.toByteArray()).isEqualTo(exporter.render(query).bytes());
				assertThat(exporter.count(query)).isEqualTo(FigureFixtures.published().size());
			}
		}
	}

	@Test
	void printsTheSizeOfTheFileThatIsDownloaded(@Autowired ExportSizes sizes) {
		for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
			for (String metric : List.of("employees", "topic_relevance", "device_type_share")) {
				int bytes = this.mvc.get()
					.uri("/export/metrics/" + metric + ".csv?lang=" + locale.getLanguage())
					.exchange()
					.getResponse()
					.getContentAsByteArray().length;
				assertThat(sizes.kilobytes(metric, locale)).isEqualTo(Math.max(1, (bytes + 1023) / 1024));
			}
		}
	}

	@Test
	void givesAKeptExportWithTheHeadersOfTheFirstAnswer() {
		String uri = "/export/figures.csv?metric=vpn_certificates,employees&lang=en&format=excel";
		MvcTestResult first = this.mvc.get().uri(uri).exchange();
		MvcTestResult kept = this.mvc.get().uri(uri).exchange();
		for (String header : List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
				HttpHeaders.CONTENT_TYPE, "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options")) {
			assertThat(first.getResponse().getHeader(header)).as(header).isNotBlank();
			assertThat(kept.getResponse().getHeader(header)).as(header).isEqualTo(first.getResponse().getHeader(header));
		}
		assertThat(kept.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		// the same filters in another order are the same file
		assertThat(this.mvc.get().uri("/export/figures.csv?metric=employees&metric=vpn_certificates&lang=en&format=excel")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
	}

	@Test
	void answersAPollWithNotModifiedUntilTheDataChanges() {
		MvcTestResult first = this.mvc.get().uri("/export/figures.csv?metric=employees").exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.get().uri("/export/figures.csv?metric=employees").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri("/export/figures.csv?metric=video_licences").header(HttpHeaders.IF_NONE_MATCH, etag))
			.hasStatusOk();
		long id = FigureFixtures.publishEmployees2021(this.jdbc, this.publisher, "1", null);
		try {
						assertThat(this.mvc.get().uri("/export/figures.csv?metric=employees").header(HttpHeaders.IF_NONE_MATCH, etag))
				.hasStatusOk();
		}
		finally {
			FigureFixtures.unpublish(this.jdbc, this.publisher, id);
		}
	}

	@Test
	void describesTheExportsAsADataPackage() {
		assertThat(this.mvc.get().uri("/export/datapackage.json")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.profile", (p) -> assertThat(p).asString().isEqualTo("tabular-data-package"))
			.hasPathSatisfying("$.licenses[0].name", (p) -> assertThat(p).asString().isEqualTo("dl-de/by-2-0"))
			.hasPathSatisfying("$.sources[*].title",
					(p) -> assertThat(p).asArray().contains("Vitako: Digital durch die Pandemie"))
			.hasPathSatisfying("$.resources[0].path",
					(p) -> assertThat(p).asString().isEqualTo("figures.csv?release=" + this.snapshots.knownRelease()))
			.hasPathSatisfying("$.version", (p) -> assertThat(p).asString().isEqualTo("" + this.snapshots.knownRelease()))
			.hasPathSatisfying("$.citation.de", (p) -> assertThat(p).asString()
				.contains("Ausgabe " + this.snapshots.knownRelease() + " vom",
						"/export/datapackage.json?release=" + this.snapshots.knownRelease()))
			.hasPathSatisfying("$.citation.en", (p) -> assertThat(p).asString()
				.contains("release " + this.snapshots.knownRelease() + " of"))
			.hasPathSatisfying("$.resources[0].schema.fields[3].name", (p) -> assertThat(p).asString().isEqualTo("value"))
			.hasPathSatisfying("$.resources[1].vitako:segmentsAddUp", (p) -> assertThat(p).isEqualTo(true))
			.hasPathSatisfying("$.lastModified", (p) -> assertThat(p).asString().isNotBlank());
		assertThat(this.mvc.get().uri("/")).bodyText().contains("/export/datapackage.json", "/export/figures.csv");
	}

	private void assertEveryPublishedFigure(List<CSVRecord> rows, Function<String, String> asWritten) {
		Map<String, String> exported = rows.stream()
			.collect(Collectors.toMap((r) -> r.get(0) + "/" + r.get(1) + "/" + r.get(2), (r) -> r.get(3)));
		assertThat(exported).hasSize(FigureFixtures.published().size());
		for (String[] figure : FigureFixtures.published()) {
			assertThat(exported.get(figure[0] + "/" + figure[1] + "/" + figure[2])).as(String.join("/", figure))
				.isEqualTo(asWritten.apply(new BigDecimal(figure[3]).toPlainString()));
		}
	}

	private void assertProblem(String uri, HttpStatus status, String detail) {
		assertThat(this.mvc.get().uri(uri)).hasStatus(status)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (d) -> assertThat(d).asString().contains(detail));
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
		return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
	}

	/** The last data row, its cells named by the header row. */
	private static CSVRecord lastRow(String text, char delimiter) throws IOException {
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
		return rows.get(rows.size() - 1);
	}

}
