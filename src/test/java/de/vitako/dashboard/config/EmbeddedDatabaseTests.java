package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.TestDatabaseConfiguration;
import de.vitako.dashboard.config.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

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
	void keepsItsPasswordsInAFileOnlyItsOwnerMayRead() throws IOException {
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

	@Test
	void refusesADataDirectoryThatIsAFile(@TempDir Path tmp) throws IOException {
		Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
		assertThatExceptionOfType(DataDirectoryNotWritableException.class)
			.isThrownBy(() -> EmbeddedDatabaseAutoConfiguration.writableDataDirectory(file.resolve("data")))
			.withMessageContaining("not-a-directory");
	}

	@Test
	void refusesADataDirectoryThatAnotherServerStillUses(@TempDir Path tmp) throws IOException {
		Files.writeString(tmp.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + tmp + "\n");
		assertThatExceptionOfType(DataDirectoryInUseException.class)
			.isThrownBy(() -> EmbeddedDatabaseAutoConfiguration.failIfAnotherServerRuns(tmp));
		FailureAnalysis analysis = new StartupFailureAnalyzers.DataDirectoryInUse()
			.analyze(new DataDirectoryInUseException(tmp, 4242));
		assertThat(analysis.getAction()).contains("kill 4242");
	}

	@Test
	void startsOverAStaleLockOfADeadServer(@TempDir Path tmp) throws IOException {
		Files.writeString(tmp.resolve("postmaster.pid"), Long.MAX_VALUE / 2 + "\n");
		EmbeddedDatabaseAutoConfiguration.failIfAnotherServerRuns(tmp);
		assertThat(tmp.resolve("postmaster.pid")).exists();
	}

	@Test
	void explainsAnUnwritableDataDirectory(@TempDir Path tmp) {
		FailureAnalysis analysis = new StartupFailureAnalyzers.DataDirectory()
			.analyze(new DataDirectoryNotWritableException(tmp.resolve("data"), null));
		assertThat(analysis.getDescription()).contains(tmp.resolve("data").toString()).contains("not a writable");
		assertThat(analysis.getAction()).contains("VITAKO_DATA_DIR");
	}

	@Test
	void explainsAnUnreachableDatabaseWithoutItsPassword() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db.example:5432/vitako?user=app&password=secret");
		FailureAnalysis analysis = new StartupFailureAnalyzers.DatabaseConnection(env)
			.analyze(new SQLException("Connection refused", "08001"));
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.example:5432/vitako")
			.doesNotContain("secret");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void leavesOtherSqlErrorsToTheDefaultReport() {
		FailureAnalysis analysis = new StartupFailureAnalyzers.DatabaseConnection(new MockEnvironment())
			.analyze(new SQLException("syntax error", "42601"));
		assertThat(analysis).isNull();
	}

}
