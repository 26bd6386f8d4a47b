package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the brochure, as ../shared/seed/README.md reads it, is stored with its exact value.
 */
@IntegrationTest
class SeedFiguresTests {

	@Autowired
	FigureCatalog catalog;

	static Stream<Arguments> publishedFigures() {
		return Stream.of(
				Arguments.of("devices_ordered", "schools", 2020, "164400"),
				Arguments.of("devices_ordered", "municipal_administrations", 2020, "28000"),
				Arguments.of("devices_ordered", "other", 2020, "4500"),
				Arguments.of("device_type_share", "tablets", 2020, "73.1"),
				Arguments.of("device_type_share", "laptops", 2020, "16.9"),
				Arguments.of("device_type_share", "other", 2020, "8.7"),
				Arguments.of("device_type_share", "smartphones", 2020, "1.3"),
				Arguments.of("video_licences", "municipal_administrations", 2019, "430"),
				Arguments.of("video_licences", "municipal_administrations", 2020, "6000"),
				Arguments.of("video_licences", "schools", 2019, "3000"),
				Arguments.of("video_licences", "schools", 2020, "19400"),
				Arguments.of("vpn_certificates", "municipal_administrations", 2019, "24300"),
				Arguments.of("vpn_certificates", "municipal_administrations", 2020, "62700"),
				Arguments.of("supported_workplaces", "total", 2010, "540000"),
				Arguments.of("supported_workplaces", "total", 2019, "752000"),
				Arguments.of("workplace_device_share", "stationary", 2010, "83.3"),
				Arguments.of("workplace_device_share", "mobile", 2010, "16.6"),
				Arguments.of("workplace_device_share", "stationary", 2019, "71.5"),
				Arguments.of("workplace_device_share", "mobile", 2019, "28.5"),
				Arguments.of("employees", "total", 2010, "10550"),
				Arguments.of("employees", "total", 2012, "11550"),
				Arguments.of("employees", "total", 2014, "11930"),
				Arguments.of("employees", "total", 2016, "12600"),
				Arguments.of("employees", "total", 2018, "14060"),
				Arguments.of("employees", "total", 2019, "15020"),
				Arguments.of("outsourcing_willingness", "increasing", 2020, "65.4"),
				Arguments.of("outsourcing_willingness", "unchanged", 2020, "34.6"),
				Arguments.of("outsourcing_willingness", "decreasing", 2020, "0"),
				Arguments.of("topic_relevance", "e_file", 2020, "97.4"),
				Arguments.of("topic_relevance", "information_security", 2020, "92.3"),
				Arguments.of("topic_relevance", "citizen_and_employee_portals", 2020, "92.3"),
				Arguments.of("topic_relevance", "e_procurement_e_invoicing", 2020, "84.6"),
				Arguments.of("topic_relevance", "cloud_computing", 2020, "66.7"),
				Arguments.of("topic_relevance", "open_data_open_government", 2020, "52.6"));
	}

	@ParameterizedTest(name = "{0}/{1}/{2} = {3}")
	@MethodSource("publishedFigures")
	void storesPublishedFigure(String metric, String segment, int year, String value) {
		FigureValue figure = this.catalog.metric(metric).orElseThrow().figure(segment, year).orElseThrow();
		assertThat(figure.value()).isEqualTo(new BigDecimal(value));
		assertThat(figure.sourceTitle()).isEqualTo("Vitako: Digital durch die Pandemie");
		assertThat(figure.sourcePage()).isBetween(2, 4);
	}

	@Test
	void storesNothingButThePublishedFigures() {
		long stored = this.catalog.snapshot().metrics().stream().mapToLong((m) -> m.figures().size()).sum();
		assertThat(stored).isEqualTo(publishedFigures().count());
	}

	@Test
	void catalogueHasTheContractedCodesInTheBrochuresOrder() {
		assertThat(this.catalog.metrics()).extracting(MetricInfo::code)
			.containsExactly("devices_ordered", "device_type_share", "video_licences", "vpn_certificates",
					"supported_workplaces", "workplace_device_share", "employees", "outsourcing_willingness",
					"topic_relevance");
		assertThat(segments("topic_relevance")).containsExactly("e_file", "information_security",
				"citizen_and_employee_portals", "e_procurement_e_invoicing", "cloud_computing",
				"open_data_open_government");
		assertThat(segments("devices_ordered")).containsExactly("schools", "municipal_administrations", "other");
	}

	@Test
	void labelsASegmentCodeAsTheMetricPrintsIt() {
		assertThat(label("devices_ordered", "other")).isEqualTo("Sonstige");
		assertThat(label("device_type_share", "other")).isEqualTo("Sonstiges");
	}

	@Test
	void derivesTheTotalOfDevicesInsteadOfStoringIt() {
		MetricData devices = this.catalog.metric("devices_ordered").orElseThrow();
		assertThat(devices.totals()).containsExactly(new YearTotal(2020, new BigDecimal("196900"), true));
		assertThat(devices.figures()).noneMatch((f) -> f.segment().equals("total"));
		assertThat(this.catalog.metric("topic_relevance").orElseThrow().totals()).isEmpty();
	}

	@Test
	void tellsPartsOfAWholeFromIndependentShares() {
		assertThat(this.catalog.metric("device_type_share").orElseThrow().metric().partsOfWhole()).isTrue();
		assertThat(this.catalog.metric("topic_relevance").orElseThrow().metric().partsOfWhole()).isFalse();
	}

	private List<String> segments(String metric) {
		return this.catalog.metric(metric).orElseThrow().metric().segments().stream().map(SegmentInfo::code).toList();
	}

	private String label(String metric, String segment) {
		return this.catalog.metric(metric).orElseThrow().metric().segment(segment).orElseThrow().label().de();
	}

}
