package de.vitako.dashboard.dashboard;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.export.ExportSizes;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which chart fits the data, as a typed model, and the JSON that {@code charts.js} reads from it.
 */
class ChartBuilderTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ChartBuilder charts;

	ChartBuilderTests() {
		FigureFormatter format = new FigureFormatter(Clock.system(ZoneId.of("Europe/Berlin")));
		GrowthCalculator growth = new GrowthCalculator();
		this.charts = new ChartBuilder(TestMetrics.messages(), format, growth,
				new ChartSummarizer(TestMetrics.messages(), format, growth), this.json, mock(ExportSizes.class));
	}

	@Test
	void drawsPartsOfOneYearAsADoughnutWithAColourPerSlice() {
		MetricData devices = TestMetrics.metric("devices_ordered", Unit.COUNT, true, false,
				List.of("schools", "municipal_administrations"), "schools", 2020, "164400", "municipal_administrations",
				2020, "28000");
		ChartView chart = this.charts.full(devices, Locale.GERMAN);
		assertThat(chart.config().type()).isEqualTo("doughnut");
		assertThat(chart.tall()).isTrue();
		JsonNode config = this.json.readTree(chart.configJson());
		assertThat(config.get("datasets").get(0).get("backgroundColor").isArray()).isTrue();
		assertThat(config.get("datasets").get(0).get("data").get(0).decimalValue()).isEqualByComparingTo("164400");
		assertThat(config.get("locale").asString()).isEqualTo("de-DE");
	}

	@Test
	void drawsIndependentSharesOfOneYearAsHorizontalBars() {
		MetricData topics = TestMetrics.metric("topic_relevance", Unit.PERCENT, false, false, List.of("e_file", "cloud"),
				"e_file", 2020, "97.4", "cloud", 2020, "66.7");
		ChartConfig config = this.charts.full(topics, Locale.ENGLISH).config();
		assertThat(config.type()).isEqualTo("bar");
		assertThat(config.horizontal()).isTrue();
		assertThat(config.labels()).containsExactly("Segment e_file", "Segment cloud");
		assertThat(config.datasets()).singleElement().satisfies((set) -> assertThat(set.backgroundColor()).isEqualTo("#0072B2"));
	}

	@Test
	void stacksSharesOfOneWholeOverTheYearsAndComparesCountsSideBySide() {
		MetricData shares = TestMetrics.metric("workplace_device_share", Unit.PERCENT, false, true,
				List.of("stationary", "mobile"), "stationary", 2010, "83.3", "mobile", 2010, "16.6", "stationary", 2019,
				"71.5", "mobile", 2019, "28.5");
		ChartConfig stacked = this.charts.full(shares, Locale.GERMAN).config();
		assertThat(stacked.stacked()).isTrue();
		assertThat(stacked.labels()).containsExactly("2010", "2019");
		assertThat(stacked.datasets()).hasSize(2);
		MetricData licences = TestMetrics.metric("video_licences", Unit.COUNT, true, false,
				List.of("schools", "municipal_administrations"), "schools", 2019, "3000", "schools", 2020, "19400",
				"municipal_administrations", 2019, "430", "municipal_administrations", 2020, "6000");
		ChartView overview = this.charts.overview(licences, Locale.GERMAN);
		assertThat(overview.config().stacked()).isFalse();
		assertThat(overview.config().datasets()).extracting(ChartConfig.Dataset::label).containsExactly("2019", "2020");
		assertThat(overview.tall()).isFalse();
		assertThat(overview.badges()).extracting(ChartView.Badge::value).contains("\u00d76,5", "\u00d714");
		assertThat(overview.badges()).extracting(ChartView.Badge::spoken).contains("6,5-fach", "14-fach");
	}

	@Test
	void drawsASeriesOfYearsAsALineOnATimeAxisAndTwoYearsAsBars() {
		MetricData staff = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total"), "total", 2010,
				"10550", "total", 2018, "14060", "total", 2019, "15020");
		ChartConfig line = this.charts.full(staff, Locale.GERMAN).config();
		assertThat(line.type()).isEqualTo("line");
		assertThat(line.labels()).containsExactly("2010", "2018", "2019");
		MetricData twoYears = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total"), "total",
				2018, "14060", "total", 2019, "15020");
		assertThat(this.charts.full(twoYears, Locale.GERMAN).config().type()).isEqualTo("bar");
	}

	@Test
	void turnsLongCategoryLabelsIntoHorizontalBars() {
		MetricData licences = TestMetrics.metric("video_licences", Unit.COUNT, true, false,
				List.of("schools", "municipal_administrations"), "schools", 2019, "3000", "schools", 2020, "19400",
				"municipal_administrations", 2019, "430", "municipal_administrations", 2020, "6000");
		// TestMetrics labels its segments "Bereich <code>": "Bereich schools" is too long for a column chart
		assertThat(this.charts.full(licences, Locale.GERMAN).config().horizontal()).isTrue();
		MetricData shortLabels = TestMetrics.metric("video_licences", Unit.COUNT, true, false, List.of("a", "b"),
				"a", 2019, "1", "a", 2020, "2", "b", 2019, "3", "b", 2020, "4");
		assertThat(this.charts.full(shortLabels, Locale.GERMAN).config().horizontal()).isFalse();
	}

	@Test
	void drawsNothingButSaysWhyForASingleYearOfASingleSeries() {
		MetricData staff = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total"), "total", 2019,
				"15020");
		ChartView chart = this.charts.full(staff, Locale.GERMAN);
		assertThat(chart.drawable()).isFalse();
		assertThat(chart.config()).isNull();
		assertThat(chart.configJson()).isNull();
	}

}
