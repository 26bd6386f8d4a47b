package de.vitako.dashboard.figures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
 * A survey's figures published with their basis: 2021's willingness to outsource rests on 26 of 52 invited members,
 * one of its cells confidential. Every surface says so: the metric page's table and summary in both languages,
 * both CSV variants, the workbook, both APIs, the data package and the DCAT catalogue; a figure from the brochure
 * has no basis.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBasisTests {

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
	void publishSurveyFigures() {
		this.jdbc.update("""
				insert into figure (metric_code, segment_code, unit, year, value, status, source_title, respondents,
				                    invited) values
				('outsourcing_willingness', 'increasing', 'percent', 2021, 61.5, null, 'Test survey', 26, 52),
				('outsourcing_willingness', 'unchanged', 'percent', 2021, null, 'confidential', 'Test survey', 26, 52),
				('outsourcing_willingness', 'decreasing', 'percent', 2021, null, 'confidential', 'Test survey', 26, 52)
				""");
		this.release = Releases.publish(this.publisher);
	}

	@AfterAll
	void removeThem() {
		this.jdbc.update("delete from figure where metric_code = 'outsourcing_willingness' and year = 2021");
		Releases.publish(this.publisher);
	}

	@Test
	void theMetricPageShowsTheBasisInItsTableAndSummary() {
		String page = page("/metrics/outsourcing-willingness?lang=de");
		assertThat(page).contains("<th scope=\"col\">Antworten (n)</th>", "<td>26 von 52</td>",
				"Mitgliederumfrage 2021: 26 von 52 eingeladenen Mitgliedern haben geantwortet.");
		assertThat(page).containsPattern("<th scope=\"row\">2020</th>\\s*(<td>[^<]*</td>\\s*){3}<td>–</td>");
		String english = page("/metrics/outsourcing-willingness?lang=en");
		assertThat(english).contains("<th scope=\"col\">Respondents (n)</th>", "<td>26 of 52</td>",
				"Members&#39; survey 2021: 26 of 52 invited members answered.");
	}

	@Test
	void theChartSaysWhatEachSurveyValueRestsOn() throws Exception {
		String page = page("/metrics/outsourcing-willingness?lang=de");
		String attribute = page.replaceAll("(?s).*data-chart=\"([^\"]*)\".*", "$1").replace("&quot;", "\"");
		JsonNode chart = this.json.readTree(attribute);
		List<String> bases = new ArrayList<>();
		for (JsonNode dataset : chart.get("datasets")) {
			if (dataset.has("bases")) {
				dataset.get("bases").forEach((basis) -> bases.add(basis.isNull() ? null : basis.asString()));
			}
		}
		assertThat(bases).as(attribute).contains("n = 26 von 52").contains((String) null);
	}

	@Test
	void bothCsvVariantsCarryTheBasisAndNothingForOtherFigures() {
		String machine = page("/export/metrics/outsourcing_willingness.csv?release=" + this.release);
		assertThat(machine).contains(",updated_at,respondents,invited\r\n")
			.containsPattern("outsourcing_willingness,increasing,2021,61.5,,percent,[^\r]*,26,52\r\n")
			.containsPattern("outsourcing_willingness,unchanged,2021,,confidential,percent,[^\r]*,26,52\r\n")
			.containsPattern("outsourcing_willingness,increasing,2020,65.4,,percent,[^\r]*Z,,\r\n");
		String excel = page("/export/metrics/outsourcing_willingness.csv?format=excel&lang=de&release=" + this.release);
		assertThat(excel).contains(";Antworten (n);Eingeladen").containsPattern("2021;61,5;;Prozent;[^\r]*;26;52\r\n");
	}

	@Test
	void theWorkbookHasTheBasisAsNumbers() throws Exception {
		byte[] file = this.mvc.get()
			.uri("/export/metrics/outsourcing_willingness.csv?format=xlsx&lang=en&release=" + this.release)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = book.getSheet("Figures");
			assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Respondents (n)");
			assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Invited");
			Row increasing = Lookups.row(sheet, "increasing", 2021);
			assertThat(increasing.getCell(12).getNumericCellValue()).isEqualTo(26);
			assertThat(increasing.getCell(13).getNumericCellValue()).isEqualTo(52);
			assertThat(Lookups.row(sheet, "increasing", 2020).getCell(12)).isNull();
		}
	}

	@Test
	void bothApisGiveTheBasisAndNullForOtherFigures() throws Exception {
		JsonNode figures = this.json.readTree(page("/api/v1/metrics/outsourcing_willingness/figures")).get("figures");
		JsonNode withheld = Lookups.figure(figures, "unchanged", 2021);
		assertThat(withheld.get("value").isNull()).isTrue();
		assertThat(withheld.get("respondents").asInt()).isEqualTo(26);
		assertThat(withheld.get("invited").asInt()).isEqualTo(52);
		assertThat(Lookups.figure(figures, "increasing", 2020).get("respondents").isNull()).isTrue();
		JsonNode found = this.json.readTree(page("/api/v1/figures?metric=outsourcing_willingness&from=2021"))
			.get("figures");
		assertThat(Lookups.figure(found, "increasing", 2021).get("respondents").asInt()).isEqualTo(26);
		assertThat(Lookups.figure(found, "increasing", 2021).get("invited").asInt()).isEqualTo(52);
	}

	@Test
	void theDcatCatalogueSaysWhatTheSurveysDatasetRestsOn() {
		String turtle = page("/export/catalog.ttl");
		assertThat(turtle).contains("Mitgliederumfrage 2021: 26 von 52 eingeladenen Mitgliedern haben geantwortet",
				"Members' survey 2021: 26 of 52 invited members answered");
	}

	@Test
	void theDataPackageDescribesTheBasisColumns() throws Exception {
		JsonNode dataPackage = this.json.readTree(page("/export/datapackage.json"));
		JsonNode fields = dataPackage.get("resources").get(0).get("schema").get("fields");
		int found = 0;
		for (JsonNode field : fields) {
			String name = field.get("name").asString();
			if (name.equals("respondents") || name.equals("invited")) {
				assertThat(field.get("type").asString()).isEqualTo("integer");
				found++;
			}
		}
		assertThat(found).isEqualTo(2);
	}

	private String page(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
