package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibilityCheckTests {

	private final PlausibilityCheck check = new PlausibilityCheck(TestMetrics.messages());

	private final MetricData staff = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total"),
			"total", 2018, "14060", "total", 2019, "15020");

	private final MetricData shares = TestMetrics.metric("device_type_share", Unit.PERCENT, false, true,
			List.of("tablets", "laptops"), "tablets", 2020, "73.1", "laptops", 2020, "26.9");

	@Test
	void warnsOfAJumpOfMoreThanTenTimesEitherWay() {
		assertThat(warnings(this.staff, 2021, "total", "150201")).singleElement()
			.asString()
			.contains("150201", "15020", "2019");
		assertThat(warnings(this.staff, 2021, "total", "1501")).hasSize(1);
		assertThat(warnings(this.staff, 2021, "total", "150200")).isEmpty();
		assertThat(warnings(this.staff, 2021, "total", "1502")).isEmpty();
		// compared with the latest year before, not with a later one
		assertThat(warnings(this.staff, 2019, "total", "150000")).singleElement().asString().contains("2018");
	}

	@Test
	void warnsWhenSharesOfOneWholeMissAHundred() {
		assertThat(this.check.warnings(this.shares, 2021, Map.of("tablets", new BigDecimal("70"), "laptops",
				new BigDecimal("29")), Locale.GERMAN))
			.singleElement()
			.asString()
			.contains("99");
		assertThat(this.check.warnings(this.shares, 2021, Map.of("tablets", new BigDecimal("70"), "laptops",
				new BigDecimal("29.8")), Locale.GERMAN)).isEmpty();
		// correcting one share: the other keeps its stored value
		assertThat(warnings(this.shares, 2020, "tablets", "80")).singleElement().asString().contains("106.9");
		// a segment not reported that year: there is no whole to check
		assertThat(this.check.warnings(this.shares, 2022, Map.of("tablets", new BigDecimal("50")), Locale.GERMAN))
			.isEmpty();
	}

	private List<String> warnings(MetricData data, int year, String segment, String value) {
		return this.check.warnings(data, year, Map.of(segment, new BigDecimal(value)), Locale.ENGLISH);
	}

}
