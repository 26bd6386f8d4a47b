package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The embedded default: with no {@code spring.datasource.url} (and no other connection details, such as a
 * Testcontainers service connection) the application starts its own real PostgreSQL 17 from the binaries that
 * ship in Maven Central, keeping its data in {@code vitako.data-dir}. This is a deliberate runtime dependency,
 * so that {@code ./mvnw spring-boot:run} needs no installed database. See {@link EmbeddedDatabase} for its roles
 * and passwords.
 */
@AutoConfiguration(before = { DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
@Conditional(EmbeddedDatabaseAutoConfiguration.NoExternalDatabase.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedDatabase startedEarly = EmbeddedDatabaseStarter.take(properties.dataDir());
		return (startedEarly != null) ? startedEarly : start(properties);
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = writableDataDirectory(properties.dataDir());
		if (!properties.cleanStart()) {
			failIfAnotherServerRuns(dataDir);
		}
		log.info("Starting embedded PostgreSQL with data in {}", dataDir);
		EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, properties.cleanStart());
		log.info("Embedded PostgreSQL runs on 127.0.0.1:{} (database vitako); passwords in {}", database.port(),
				dataDir.resolve(EmbeddedCredentials.FILE_NAME));
		return database;
	}

	/**
	 * A JVM that was killed leaves its PostgreSQL running on the data directory; say so instead of failing to
	 * connect.
	 */
	static void failIfAnotherServerRuns(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		if (firstLine.matches("\\d+") && ProcessHandle.of(Long.parseLong(firstLine)).isPresent()) {
			throw new DataDirectoryInUseException(dataDir, Long.parseLong(firstLine));
		}
	}

	/** The application works as {@code vitako}, which may read and write data but change no schema. */
	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.appUsername();
			}

			@Override
			public String getPassword() {
				return database.appPassword();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

	/** Flyway works as {@code vitako_owner}, which owns the schema. */
	@Bean
	FlywayConnectionDetails embeddedFlywayConnectionDetails(EmbeddedDatabase database) {
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return database.ownerUsername();
			}

			@Override
			public String getPassword() {
				return database.ownerPassword();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

	/**
	 * Creates the data directory if needed and fails with a clear message when it cannot be written.
	 */
	static Path writableDataDirectory(Path configured) {
		Path dir = configured.toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException | SecurityException ex) {
			throw new DataDirectoryNotWritableException(dir, ex);
		}
		if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
			throw new DataDirectoryNotWritableException(dir, null);
		}
		return dir;
	}

	static class NoExternalDatabase extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			if (context.getEnvironment().containsProperty("spring.datasource.url")) {
				return ConditionOutcome.noMatch("spring.datasource.url is set: using that PostgreSQL");
			}
			return ConditionOutcome.match("no spring.datasource.url: starting the embedded PostgreSQL");
		}

	}

}
