package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Map;

import de.vitako.dashboard.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database at the schema before releases, with figures corrected, added and deleted the old way (public at
 * once), upgrades to releases cleanly: release 1 is the brochure as first published, release 2 the figures as they
 * are, and the figures and their history stay. Run in a schema of its own in the suite's database.
 */
@IntegrationTest
class ReleaseMigrationTests {

	private static final String SCHEMA = "upgrade_check";

	@Autowired
	FlywayConnectionDetails owner;

	@Test
	void makesReleaseOneTheBrochureAndReleaseTwoTheCorrectionsMadeSince() {
		String url = this.owner.getJdbcUrl() + (this.owner.getJdbcUrl().contains("?") ? "&" : "?") + "currentSchema="
				+ SCHEMA;
		JdbcTemplate ownerJdbc = new JdbcTemplate(new DriverManagerDataSource(this.owner.getJdbcUrl(),
				this.owner.getUsername(), this.owner.getPassword()));
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(url, this.owner.getUsername(), this.owner.getPassword()));
		ownerJdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		try {
			flyway(url, "6").migrate();
			jdbc.update("update figure set created_at = now() - interval '30 days', "
					+ "updated_at = now() - interval '30 days'");
			jdbc.update("""
					update figure set value = 15100, updated_at = now(), version = 1
					where metric_code = 'employees' and year = 2019""");
			jdbc.update("""
					insert into figure_change (action, metric_code, segment_code, year, old_value, new_value,
					                           old_source_title, new_source_title, old_source_page, new_source_page,
					                           changed_by, changed_at)
					values ('update', 'employees', 'total', 2019, 15020, 15100, 'Vitako: Digital durch die Pandemie',
					        'Vitako: Digital durch die Pandemie', 3, 3, 'admin', now() - interval '2 days')""");
			jdbc.update("""
					insert into figure (metric_code, segment_code, unit, year, value, source_title)
					values ('employees', 'total', 'count', 2021, 15555, 'Vitako-Erhebung 2021')""");
			jdbc.update("""
					insert into figure_change (action, metric_code, segment_code, year, new_value, new_source_title,
					                           changed_by, changed_at)
					values ('create', 'employees', 'total', 2021, 15555, 'Vitako-Erhebung 2021', 'admin',
					        now() - interval '1 day')""");
			jdbc.update("delete from figure where metric_code = 'video_licences' and segment_code = 'schools' "
					+ "and year = 2019");
			jdbc.update("""
					insert into figure_change (action, metric_code, segment_code, year, old_value, old_source_title,
					                           old_source_page, changed_by, changed_at)
					values ('delete', 'video_licences', 'schools', 2019, 3000, 'Vitako: Digital durch die Pandemie',
					        2, 'admin', now() - interval '1 hour')""");
			int figures = jdbc.queryForObject("select count(*) from figure", Integer.class);

			flyway(url, "latest").migrate();

			assertThat(jdbc.queryForList("select number || ' ' || status || ' ' || created_by from release order by id",
					String.class))
				.containsExactly("1 published system", "2 published system");
			assertThat(value(jdbc, 1, "employees", 2019)).isEqualByComparingTo("15020");
			assertThat(value(jdbc, 1, "video_licences", 2019, "schools")).isEqualByComparingTo("3000");
			assertThat(count(jdbc, 1, "employees", 2021)).isZero();
			assertThat(count(jdbc, 1)).isEqualTo(figures);
			assertThat(value(jdbc, 2, "employees", 2019)).isEqualByComparingTo("15100");
			assertThat(value(jdbc, 2, "employees", 2021)).isEqualByComparingTo("15555");
			assertThat(count(jdbc, 2, "video_licences", 2019)).isOne();
			assertThat(count(jdbc, 2)).isEqualTo(figures);
			assertThat(jdbc.queryForObject("""
					select first_release || '/' || changed_release from release_figure f join release r
					on r.id = f.release_id where r.number = 2 and metric_code = 'employees' and year = 2019""",
					String.class))
				.as("corrected in release 2, first published in release 1")
				.isEqualTo("1/2");
			assertThat(jdbc.queryForObject("""
					select count(*) from release_figure f join release r on r.id = f.release_id
					where r.number = 2 and changed_release = 1""", Integer.class))
				.as("unchanged figures keep the release that published them")
				.isEqualTo(figures - 2);
			assertThat(jdbc.queryForObject("select count(*) from figure", Integer.class)).isEqualTo(figures);
			assertThat(jdbc.queryForObject("select count(*) from figure_change", Integer.class)).isEqualTo(3);
			assertThat(jdbc.queryForObject("select published_at < (select published_at from release where number = 2)"
					+ " from release where number = 1", Boolean.class)).isTrue();
		}
		finally {
			ownerJdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

	private Flyway flyway(String url, String target) {
		return Flyway.configure()
			.dataSource(url, this.owner.getUsername(), this.owner.getPassword())
			.schemas(SCHEMA)
			.target(target)
			.placeholders(Map.of("app_role", this.owner.getUsername()))
			.load();
	}

	private static BigDecimal value(JdbcTemplate jdbc, int release, String metric, int year) {
		return value(jdbc, release, metric, year, "total");
	}

	private static BigDecimal value(JdbcTemplate jdbc, int release, String metric, int year, String segment) {
		return jdbc.queryForObject("""
				select value from release_figure f join release r on r.id = f.release_id
				where r.number = ? and metric_code = ? and segment_code = ? and year = ?""", BigDecimal.class, release,
				metric, segment, year);
	}

	private static int count(JdbcTemplate jdbc, int release, String metric, int year) {
		return jdbc.queryForObject("""
				select count(*) from release_figure f join release r on r.id = f.release_id
				where r.number = ? and metric_code = ? and year = ?""", Integer.class, release, metric, year);
	}

	private static int count(JdbcTemplate jdbc, int release) {
		return jdbc.queryForObject("""
				select count(*) from release_figure f join release r on r.id = f.release_id where r.number = ?""",
				Integer.class, release);
	}

}
