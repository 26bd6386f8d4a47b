package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A data directory written by the earlier version (trust authentication, everything in the database
 * {@code postgres}, owned by the superuser) is upgraded on start and keeps its data.
 */
@Tag("integration")
class EmbeddedDatabaseUpgradeTests {

	@Test
	void upgradesADataDirectoryOfTheEarlierVersionAndKeepsItsData(@TempDir Path tmp) throws IOException, SQLException {
		Path dataDir = tmp.resolve("data");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start()) {
			String url = old.getJdbcUrl("postgres", "postgres");
			Flyway.configure()
				.dataSource(url, "postgres", "")
				.target("4")
				.placeholders(Map.of("app_role", "postgres"))
				.load()
				.migrate();
			JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
			jdbc.update("insert into figure (metric_code, segment_code, unit, year, value, source_title) "
					+ "values ('employees', 'total', 'count', 2021, 15500, 'Kept across the upgrade')");
			jdbc.update("insert into admin_user (username, password_hash) values ('keeper', '{noop}x')");
		}

		try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDir, false)) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + upgraded.port() + "/postgres", "postgres", "")
				.close());
			Flyway.configure()
				.dataSource(upgraded.jdbcUrl(), upgraded.ownerUsername(), upgraded.ownerPassword())
				.placeholders(Map.of("app_role", upgraded.appUsername()))
				.load()
				.migrate();
			JdbcTemplate app = new JdbcTemplate(
					new DriverManagerDataSource(upgraded.jdbcUrl(), upgraded.appUsername(), upgraded.appPassword()));
			assertThat(app.queryForObject("select source_title from figure where year = 2021", String.class))
				.isEqualTo("Kept across the upgrade");
			assertThat(app.queryForObject("select count(*) from figure", Integer.class)).isEqualTo(35);
			assertThat(app.queryForObject("select count(*) from admin_user where username = 'keeper'", Integer.class))
				.isOne();
			// accounts from before team accounts are admins, named by their user name, with a history
			assertThat(app.queryForObject("select role || ' ' || display_name from admin_user where username = 'keeper'",
					String.class))
				.isEqualTo("admin keeper");
			assertThat(app.queryForObject("select count(*) from account_change c join admin_user u on u.id = "
					+ "c.account_id where u.username = 'keeper' and c.action = 'create'", Integer.class))
				.isOne();
			assertThat(app.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = "
					+ "c.relnamespace where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> 'vitako_owner' "
					+ "and c.relkind in ('r', 'S')", Integer.class)).isZero();
		}

		// and the next start finds everything in place
		try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, false)) {
			JdbcTemplate app = new JdbcTemplate(
					new DriverManagerDataSource(again.jdbcUrl(), again.appUsername(), again.appPassword()));
			assertThat(app.queryForObject("select count(*) from figure", Integer.class)).isEqualTo(35);
		}
	}

}
