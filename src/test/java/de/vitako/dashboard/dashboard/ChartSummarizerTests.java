package de.vitako.dashboard.dashboard;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartSummarizerTests {

	private final ChartSummarizer summarizer = new ChartSummarizer(TestMetrics.messages(),
			new FigureFormatter(Clock.system(ZoneId.of("Europe/Berlin"))), new GrowthCalculator());

	@Test
	void tellsASingleSeriesRiseAsAFactorOrAPercentage() {
		MetricData vpn = TestMetrics.metric("vpn_certificates", Unit.COUNT, false, false,
				List.of("municipal_administrations"), "municipal_administrations", 2019, "24300",
				"municipal_administrations", 2020, "62700");
		assertThat(this.summarizer.summarize(vpn, List.of(2019, 2020), Locale.GERMAN))
			.isEqualTo("Die Zahl der VDI-/VPN-Zertifikate stieg von 24.300 (2019) auf 62.700 (2020), das 2,6-Fache.");
		assertThat(this.summarizer.summarize(vpn, List.of(2019, 2020), Locale.ENGLISH)).contains("24,300", "62,700",
				"2.6");
		MetricData staff = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total"), "total", 2010,
				"10550", "total", 2019, "15020");
		assertThat(this.summarizer.summarize(staff, List.of(2010, 2019), Locale.GERMAN)).contains("10.550 (2010)",
				"15.020 (2019)", "ein Plus von 42", "%");
	}

	@Test
	void tellsAFallAndSharesInPercentagePoints() {
		MetricData share = TestMetrics.metric("workplace_device_share", Unit.PERCENT, false, true,
				List.of("stationary", "mobile"), "stationary", 2010, "83.3", "mobile", 2010, "16.6", "stationary",
				2019, "71.5", "mobile", 2019, "28.5");
		String summary = this.summarizer.summarize(share, List.of(2010, 2019), Locale.GERMAN);
		assertThat(summary).contains("2010", "2019", "83,3", "71,5", "ein Minus von 11,8 Prozentpunkten",
				"ein Plus von 11,9 Prozentpunkten");
	}

	@Test
	void describesASingleYearByItsPartsAndTotal() {
		MetricData devices = TestMetrics.metric("devices_ordered", Unit.COUNT, true, false,
				List.of("schools", "municipal_administrations"), "schools", 2020, "164400", "municipal_administrations",
				2020, "28000");
		assertThat(this.summarizer.summarize(devices, List.of(2020), Locale.GERMAN))
			.isEqualTo("Kennzahl devices_ordered 2020: Bereich schools 164.400 und Bereich municipal_administrations "
					+ "28.000. Insgesamt 192.400.");
	}

	@Test
	void saysSoWhenThereAreNoFigures() {
		MetricData none = TestMetrics.metric("cloud", Unit.COUNT, false, false, List.of("total"));
		assertThat(this.summarizer.summarize(none, List.of(), Locale.GERMAN)).contains("noch keine Zahlen");
	}

}
