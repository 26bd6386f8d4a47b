package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What keeps the embedded PostgreSQL from starting, and the messages that say so; no database needed.
 */
class StartupFailureTests {

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
			.isThrownBy(() -> EmbeddedDatabaseAutoConfiguration.takeOverAnOrphan(tmp));
		FailureAnalysis analysis = new StartupFailureAnalyzers.DataDirectoryInUse()
			.analyze(new DataDirectoryInUseException(tmp, 4242));
		assertThat(analysis.getAction()).contains("kill 4242");
	}

	@Test
	void startsOverAStaleLockOfADeadServer(@TempDir Path tmp) throws IOException {
		Files.writeString(tmp.resolve("postmaster.pid"), Long.MAX_VALUE / 2 + "\n");
		EmbeddedDatabaseAutoConfiguration.takeOverAnOrphan(tmp);
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
