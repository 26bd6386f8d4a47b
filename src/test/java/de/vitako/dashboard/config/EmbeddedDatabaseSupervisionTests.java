package de.vitako.dashboard.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL lives exactly as long as the application: killed on its own, it is started again on the
 * same data and port while the instance says it is not ready; when the application is killed, its watchdog stops
 * it; and a server left by an application killed with its watchdog is taken over at the next start.
 */
@Tag("integration")
class EmbeddedDatabaseSupervisionTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Test
	void startsPostgresAgainWhenItsPostmasterIsKilled(@TempDir Path tmp) throws Exception {
		List<AvailabilityState> states = new CopyOnWriteArrayList<>();
		// as the application runs it (fsync and synchronous commits on), so that a commit survives the crash
		try (EmbeddedDatabase database = EmbeddedDatabase.start(tmp.resolve("data"), false)) {
			database.onAvailability(states::add);
			execute(database, "create table kept (v int)", "insert into kept values (42)");
			long killed = database.postmasterPid();
			ProcessHandle.of(killed).orElseThrow().destroyForcibly();
			long start = System.nanoTime();
			long deadline = start + PATIENCE.toNanos();
			while (!answers(database) || database.postmasterPid() == killed
					|| !states.contains(ReadinessState.ACCEPTING_TRAFFIC)) {
				assertThat(System.nanoTime()).as("PostgreSQL was not started again").isLessThan(deadline);
				// the condition is checked again a moment later: a connection refused comes back at once
				Thread.sleep(50);
			}
			assertThat(ProcessHandle.of(killed)).isEmpty();
			assertThat(states).as("not ready while it was gone, ready again after %d ms",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
				.containsSubsequence(ReadinessState.REFUSING_TRAFFIC, ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(query(database, "select v from kept")).isEqualTo(42);
		}
	}

	@Test
	void endsWithTheApplicationAndTakesOverWhatAKilledOneLeft(@TempDir Path tmp) throws Exception {
		Path dataDir = tmp.resolve("data");
		// killed with -9, the application's watchdog stops its PostgreSQL
		long[] first = startChild(dataDir);
		ProcessHandle.of(first[0]).orElseThrow().destroyForcibly();
		assertEnds(first[1], "the postmaster of a killed application");
		assertEnds(first[2], "the watchdog");

		// killed with its watchdog, the application leaves PostgreSQL running: the next start takes it over
		long[] second = startChild(dataDir);
		ProcessHandle.of(second[2]).orElseThrow().destroyForcibly();
		assertEnds(second[2], "the watchdog");
		ProcessHandle.of(second[0]).orElseThrow().destroyForcibly();
		assertEnds(second[0], "the application");
		assertThat(ProcessHandle.of(second[1])).as("the orphaned postmaster").isPresent();
		EmbeddedDatabaseAutoConfiguration.takeOverAnOrphan(dataDir);
		assertThat(ProcessHandle.of(second[1])).as("the orphan, stopped").isEmpty();
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, false)) {
			assertThat(query(database, "select 1")).isEqualTo(1);
		}
	}

	/** Starts an application in a JVM of its own; its process ID, its postmaster's and its watchdog's. */
	private static long[] startChild(Path dataDir) throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
		CompletableFuture<String> started = CompletableFuture.supplyAsync(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					if (line.startsWith("postmaster ")) {
						return line;
					}
				}
				return "ended";
			}
			catch (IOException ex) {
				return "ended: " + ex;
			}
		});
		String line = started.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		Matcher pids = Pattern.compile("postmaster (\\d+) watchdog (\\d+)").matcher(line);
		assertThat(pids.matches()).as(line).isTrue();
		return new long[] { child.pid(), Long.parseLong(pids.group(1)), Long.parseLong(pids.group(2)) };
	}

	private static void assertEnds(long pid, String what) throws Exception {
		ProcessHandle process = ProcessHandle.of(pid).orElse(null);
		if (process != null) {
			process.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}
		assertThat(ProcessHandle.of(pid)).as(what).isEmpty();
	}

	private static boolean answers(EmbeddedDatabase database) {
		try {
			return query(database, "select 1") == 1;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static int query(EmbeddedDatabase database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.ownerUsername(),
				database.ownerPassword()); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private static void execute(EmbeddedDatabase database, String... sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.ownerUsername(),
				database.ownerPassword()); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}

}
