package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import de.vitako.dashboard.support.FigureFixtures;
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
	FigureSnapshots snapshots;

	static Stream<Arguments> publishedFigures() {
		return FigureFixtures.published()
			.stream()
			.map((row) -> Arguments.of(row[0], row[1], Integer.parseInt(row[2]), row[3]));
	}

	@ParameterizedTest(name = "{0}/{1}/{2} = {3}")
	@MethodSource("publishedFigures")
	void storesPublishedFigure(String metric, String segment, int year, String value) {
		FigureValue figure = this.snapshots.metric(metric).orElseThrow().figure(segment, year).orElseThrow();
		assertThat(figure.value()).isEqualTo(new BigDecimal(value));
		assertThat(figure.sourceTitle()).isEqualTo("Vitako: Digital durch die Pandemie");
		assertThat(figure.sourcePage()).isBetween(2, 4);
	}

	@Test
	void storesNothingButThePublishedFigures() {
		long stored = this.snapshots.snapshot().metrics().stream().mapToLong((m) -> m.figures().size()).sum();
		assertThat(stored).isEqualTo(publishedFigures().count());
	}

	@Test
	void catalogueHasTheContractedCodesInTheBrochuresOrder() {
		assertThat(this.snapshots.metrics()).extracting(MetricInfo::code)
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
		MetricData devices = this.snapshots.metric("devices_ordered").orElseThrow();
		assertThat(devices.totals()).containsExactly(new YearTotal(2020, new BigDecimal("196900"), true));
		assertThat(devices.figures()).noneMatch((f) -> f.segment().equals("total"));
		assertThat(this.snapshots.metric("topic_relevance").orElseThrow().totals()).isEmpty();
	}

	@Test
	void tellsPartsOfAWholeFromIndependentShares() {
		assertThat(this.snapshots.metric("device_type_share").orElseThrow().metric().partsOfWhole()).isTrue();
		assertThat(this.snapshots.metric("topic_relevance").orElseThrow().metric().partsOfWhole()).isFalse();
	}

	private List<String> segments(String metric) {
		return this.snapshots.metric(metric).orElseThrow().metric().segments().stream().map(SegmentInfo::code).toList();
	}

	private String label(String metric, String segment) {
		return this.snapshots.metric(metric).orElseThrow().metric().segment(segment).orElseThrow().label().de();
	}

}
