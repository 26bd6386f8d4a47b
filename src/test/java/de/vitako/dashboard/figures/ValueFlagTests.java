package de.vitako.dashboard.figures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Lookups;
import de.vitako.dashboard.support.Releases;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Value flags on every public surface: a published release with a provisional value (devices ordered for schools
 * in 2021, 170.000) and a confidential one (for municipal administrations), both beside an unflagged one. Each
 * surface shows the provisional sign with its value and the confidential one without any value: pages and tables
 * with a legend, charts (a different marker, a gap), images, both CSV variants, the workbook, the API and the data
 * package; the total and the growth never compute with the withheld value.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValueFlagTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publisher publisher;

	@Autowired
	JsonMapper json;

	int release;

	@BeforeAll
	void publishFlaggedFigures() {
		this.jdbc.update("""
				insert into figure (metric_code, segment_code, unit, year, value, status, source_title) values
				('devices_ordered', 'schools', 'count', 2021, 170000, 'provisional', 'Test fixture'),
				('devices_ordered', 'municipal_administrations', 'count', 2021, null, 'confidential', 'Test fixture'),
				('devices_ordered', 'other', 'count', 2021, 5000, null, 'Test fixture')""");
		this.release = Releases.publish(this.publisher);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from figure where metric_code = 'devices_ordered' and year = 2021");
		Releases.publish(this.publisher);
	}

	@Test
	void theDatabaseStoresNoNumberForAConfidentialFigure() {
		assertThat(this.jdbc.queryForObject("""
				select count(*) from release_figure f join release r on r.id = f.release_id
				where r.number = ? and f.status = 'confidential' and f.value is null""", Integer.class, this.release))
			.isOne();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from figure where status = 'confidential' and value is not null""", Integer.class))
			.isZero();
	}

	@Test
	void theMetricPageShowsTheSignsWithTheirLegendAndNoTotalForTheYear() {
		String page = page("/metrics/devices-ordered?lang=de");
		assertThat(page).contains("<td>170.000\u00a0p</td>", "<td>•</td>", "<td>5.000</td>", "Zeichenerklärung",
				"vorläufige Zahl", "geheim gehalten: Die Zahl wird nicht veröffentlicht");
		// the 2021 total would give the withheld value away with the others: it is a sign too
		assertThat(page).containsPattern("<th scope=\"row\">2021</th>\\s*(<td>[^<]*</td>\\s*){3}<td>•</td>");
		assertThat(page).doesNotContain("Gesamt 2021");
		String english = page("/metrics/devices-ordered?lang=en");
		assertThat(english).contains("<td>170,000\u00a0p</td>", "<td>•</td>", "Explanation of signs",
				"provisional figure");
	}

	@Test
	void theChartLeavesAGapAndMarksTheFlaggedValue() throws Exception {
		String page = page("/metrics/devices-ordered?lang=de");
		String attribute = page.replaceAll("(?s).*data-chart=\"([^\"]*)\".*", "$1").replace("&quot;", "\"");
		JsonNode chart = this.json.readTree(attribute);
		JsonNode year2021 = null;
		for (JsonNode dataset : chart.get("datasets")) {
			if ("2021".equals(dataset.get("label").asString())) {
				year2021 = dataset;
			}
		}
		assertThat(year2021).as(attribute).isNotNull();
		assertThat(year2021.get("data").get(0).asInt()).isEqualTo(170000);
		assertThat(year2021.get("data").get(1).isNull()).as("a gap, not a zero").isTrue();
		assertThat(year2021.get("flags").get(0).asString()).isEqualTo("p");
		assertThat(year2021.get("flags").get(1).asString()).isEqualTo("•");
		assertThat(year2021.get("flags").get(2).isNull()).isTrue();
	}

	@Test
	void theSummaryAndTheGrowthNeverComputeWithTheWithheldValue() {
		String page = page("/metrics/devices-ordered?lang=de");
		// the schools' change, flagged in words; no change of the administrations, whose 2021 figure is withheld
		assertThat(page).contains("170.000 (vorläufig)");
		assertThat(page).contains("Schulen von 164.400 auf 170.000 (vorläufig)")
			.doesNotContain("Kommunale Verwaltungen von");
		assertThat(page).doesNotContain("Kommunale Verwaltungen 2020–2021");
		assertThat(page("/?lang=de")).doesNotContain("Kommunale Verwaltungen 2020–2021");
	}

	@Test
	void theImageDrawsTheSignsAndExplainsThem() {
		String svg = page("/metrics/devices-ordered.svg?lang=de");
		assertThat(svg).contains("170.000\u00a0p", "p vorläufig", "• geheim gehalten");
	}

	@Test
	void bothCsvVariantsHaveAStatusColumnAndAnEmptyValueForTheConfidentialFigure() {
		String machine = page("/export/metrics/devices_ordered.csv?release=" + this.release);
		assertThat(machine).contains("metric,segment,year,value,status,unit,",
				"devices_ordered,schools,2021,170000,provisional,count,",
				"devices_ordered,municipal_administrations,2021,,confidential,count,",
				"devices_ordered,other,2021,5000,,count,");
		String excel = page("/export/metrics/devices_ordered.csv?format=excel&lang=de&release=" + this.release);
		assertThat(excel).contains("Wert;Vermerk;Einheit", "2021;170000;vorläufig;Anzahl",
				"2021;;geheim gehalten;Anzahl");
	}

	@Test
	void theWorkbookHasAnEmptyValueCellAndTheFlagBesideIt() throws Exception {
		byte[] file = this.mvc.get()
			.uri("/export/metrics/devices_ordered.csv?format=xlsx&lang=en&release=" + this.release)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = book.getSheet("Figures");
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Flag");
			Row schools = Lookups.row(sheet, "schools", 2021);
			assertThat(schools.getCell(3).getNumericCellValue()).isEqualTo(170000);
			assertThat(schools.getCell(4).getStringCellValue()).isEqualTo("provisional");
			Row administrations = Lookups.row(sheet, "municipal_administrations", 2021);
			assertThat(administrations.getCell(3)).isNull();
			assertThat(administrations.getCell(4).getStringCellValue()).isEqualTo("confidential");
		}
	}

	@Test
	void theApiGivesNullWithTheStatusAndItsSdmxCode() throws Exception {
		JsonNode figures = this.json.readTree(page("/api/v1/metrics/devices_ordered/figures"));
		JsonNode withheld = Lookups.figure(figures.get("figures"), "municipal_administrations", 2021);
		assertThat(withheld.get("value").isNull()).isTrue();
		assertThat(withheld.get("status").asString()).isEqualTo("confidential");
		assertThat(withheld.get("obsStatus").asString()).isEqualTo("Q");
		JsonNode provisional = Lookups.figure(figures.get("figures"), "schools", 2021);
		assertThat(provisional.get("value").asInt()).isEqualTo(170000);
		assertThat(provisional.get("obsStatus").asString()).isEqualTo("P");
		assertThat(Lookups.figure(figures.get("figures"), "schools", 2020).get("obsStatus").asString()).isEqualTo("A");
		for (JsonNode total : figures.get("totals")) {
			if (total.get("year").asInt() == 2021) {
				assertThat(total.get("value").isNull()).as("a total with a withheld part").isTrue();
			}
		}
		JsonNode query = this.json.readTree(page("/api/v1/figures?metric=devices_ordered&from=2021"));
		JsonNode found = Lookups.figure(query.get("figures"), "municipal_administrations", 2021);
		assertThat(found.get("value").isNull()).isTrue();
		assertThat(found.get("status").asString()).isEqualTo("confidential");
	}

	@Test
	void theDataPackageDescribesTheStatusColumn() throws Exception {
		JsonNode dataPackage = this.json.readTree(page("/export/datapackage.json"));
		JsonNode fields = dataPackage.get("resources").get(0).get("schema").get("fields");
		JsonNode status = null;
		for (JsonNode field : fields) {
			if ("status".equals(field.get("name").asString())) {
				status = field;
			}
			if ("value".equals(field.get("name").asString())) {
				assertThat(field.get("constraints").has("required")).as("a confidential figure has no value").isFalse();
			}
		}
		assertThat(status).isNotNull();
		assertThat(status.get("constraints").get("enum").toString())
			.isEqualTo("[\"provisional\",\"estimated\",\"revised\",\"confidential\",\"break\"]");
	}

	@Test
	void theReleasePageNamesTheFlagsOfWhatChanged() {
		String page = page("/releases/" + this.release + "?lang=de");
		assertThat(page).contains("170.000 (vorläufig)", "geheim gehalten");
	}

	private String page(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
