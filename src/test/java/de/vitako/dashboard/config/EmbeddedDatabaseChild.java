package de.vitako.dashboard.config;

import java.nio.file.Path;

/**
 * An application that only runs the embedded PostgreSQL, in a JVM of its own, for a test to kill: it prints the
 * postmaster's and the watchdog's process IDs and waits.
 */
public final class EmbeddedDatabaseChild {

	private EmbeddedDatabaseChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), false);
		System.out.println("postmaster " + database.postmasterPid() + " watchdog " + database.watchdog().pid());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
