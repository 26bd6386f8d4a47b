package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
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

	/** The file that the embedded PostgreSQL library locks while it uses the data directory. */
	static final String LOCK_FILE = "epg-lock";

	/**
	 * The server, watched: while it is started again after a crash the instance is not ready (and broken if it
	 * cannot be), as {@code /readyz} and {@code /livez} say.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, ApplicationEventPublisher events)
			throws IOException {
		EmbeddedDatabase startedEarly = EmbeddedDatabaseStarter.take(properties.dataDir());
		EmbeddedDatabase database = (startedEarly != null) ? startedEarly : start(properties);
		database.onAvailability((state) -> AvailabilityChangeEvent.publish(events, database, state));
		return database;
	}

	static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDir = writableDataDirectory(properties.dataDir());
		if (!properties.cleanStart()) {
			takeOverAnOrphan(dataDir);
		}
		log.info("Starting embedded PostgreSQL with data in {}", dataDir);
		EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, properties.cleanStart());
		log.info("Embedded PostgreSQL runs on 127.0.0.1:{} (database vitako); passwords in {}", database.port(),
				dataDir.resolve(EmbeddedCredentials.FILE_NAME));
		return database;
	}

	/**
	 * A PostgreSQL that still runs on the data directory is either another instance's (refused with a message) or
	 * an orphan of an application that was killed with its watchdog: no application holds the directory's lock.
	 * An orphan is stopped (SIGTERM, a smart shutdown: it has no clients left) and the directory taken over.
	 */
	static void takeOverAnOrphan(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isReadable(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		long pid = Long.parseLong(firstLine);
		ProcessHandle server = ProcessHandle.of(pid).orElse(null);
		if (server == null) {
			return;
		}
		boolean postgres = server.info().command().map((command) -> command.endsWith("/postgres")).orElse(false);
		if (!postgres || lockedByAnotherApplication(dataDir)) {
			throw new DataDirectoryInUseException(dataDir, pid);
		}
		log.warn("PostgreSQL (PID {}) still runs on {}, left by an application that was killed; stopping it", pid,
				dataDir);
		server.destroy();
		try {
			server.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DataDirectoryInUseException(dataDir, pid);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new DataDirectoryInUseException(dataDir, pid);
		}
	}

	/** Whether an application holds the lock that the embedded PostgreSQL library takes on the data directory. */
	private static boolean lockedByAnotherApplication(Path dataDir) throws IOException {
		try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			// this application's own
			return true;
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
