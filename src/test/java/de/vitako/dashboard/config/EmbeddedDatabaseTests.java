package de.vitako.dashboard.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class EmbeddedDatabaseTests {

	@Autowired
	ObjectProvider<EmbeddedDatabase> embedded;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void startsTheEmbeddedPostgresWhenNoDatabaseIsConfigured() {
		assertThat(this.embedded.getIfAvailable() != null).isNotEqualTo(TestDatabaseConfiguration.dockerAvailable());
		assertThat(this.jdbc.queryForObject("show server_version_num", Integer.class)).isGreaterThanOrEqualTo(170000);
	}

	@Test
	@EnabledIf("embeddedDatabaseRuns")
	void keepsItsPasswordsInAFileOnlyItsOwnerMayRead() throws Exception {
		Path credentials = Path.of("target/embedded-postgres", EmbeddedCredentials.FILE_NAME);
		assertThat(Path.of("target/embedded-postgres/PG_VERSION")).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
		assertThat(Files.readString(credentials)).contains("postgres=", "vitako_owner=", "vitako=");
	}

	@Test
	@EnabledIf("embeddedDatabaseRuns")
	void refusesLoginsWithoutAPassword() {
		int port = this.embedded.getObject().port();
		for (String role : List.of("postgres", "vitako", "vitako_owner")) {
			for (String database : List.of("postgres", "vitako", "template1")) {
				assertThatExceptionOfType(SQLException.class)
					.as("%s on %s", role, database)
					.isThrownBy(() -> DriverManager
						.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, role, "")
						.close())
					.satisfies((ex) -> assertThat(ex.getSQLState()).isIn("28P01", "28000", "08004"));
			}
		}
	}

	static boolean embeddedDatabaseRuns() {
		return !TestDatabaseConfiguration.dockerAvailable();
	}

}
