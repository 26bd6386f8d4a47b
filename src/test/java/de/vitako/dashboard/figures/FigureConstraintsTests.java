package de.vitako.dashboard.figures;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself rejects every kind of bad figure, whatever path the write takes. Each test runs in a
 * transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class FigureConstraintsTests {

	private static final String INSERT = """
			insert into figure (metric_code, segment_code, unit, year, value, source_title)
			values (?, ?, ?, ?, cast(? as numeric), 'Test')""";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void acceptsAValidFigure() {
		assertThat(this.jdbc.update(INSERT, "vpn_certificates", "municipal_administrations", "count", 2021, "70000"))
			.isEqualTo(1);
	}

	@Test
	void acceptsZeroPercent() {
		assertThat(this.jdbc.update(INSERT, "outsourcing_willingness", "decreasing", "percent", 2021, "0"))
			.isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}/{1} {2} {3} = {4}")
	@CsvSource({
			"vpn_certificates, municipal_administrations, count, 2021, -1",
			"vpn_certificates, municipal_administrations, count, 2021, 1.5",
			"device_type_share, tablets, percent, 2021, 100.1",
			"device_type_share, tablets, percent, 2021, -0.1",
			"vpn_certificates, municipal_administrations, count, 1989, 1",
			"vpn_certificates, municipal_administrations, count, 2101, 1",
			"vpn_certificates, municipal_administrations, count, 2019, 1",
			"vpn_certificates, schools, count, 2021, 1",
			"no_such_metric, schools, count, 2021, 1",
			"vpn_certificates, municipal_administrations, percent, 2021, 1",
			"vpn_certificates, municipal_administrations, count, 2021, 1234567890123456789012345678901234567890" })
	void rejectsBadFigure(String metric, String segment, String unit, int year, String value) {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(INSERT, metric, segment, unit, year, value));
	}

	@Test
	void rejectsAFigureWithoutSource() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update("""
				insert into figure (metric_code, segment_code, unit, year, value, source_title)
				values ('employees', 'total', 'count', 2021, 1, '  ')"""));
	}

	@Test
	void rejectsAPercentMetricThatClaimsADerivedTotal() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update metric set segments_add_up = true where code = 'topic_relevance'"));
	}

	@Test
	void everyWriteBumpsTheDataRevision() {
		long before = this.jdbc.queryForObject("select revision from data_revision", Long.class);
		this.jdbc.update("update figure set note = 'x' where metric_code = 'employees' and year = 2010");
		assertThat(this.jdbc.queryForObject("select revision from data_revision", Long.class)).isEqualTo(before + 1);
	}

}
