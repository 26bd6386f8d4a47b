package de.vitako.dashboard.config;

import java.nio.file.Path;

/**
 * Another PostgreSQL server still runs on the embedded database's data directory.
 */
class DataDirectoryInUseException extends RuntimeException {

	private final Path directory;

	private final long pid;

	DataDirectoryInUseException(Path directory, long pid) {
		super("PostgreSQL (PID " + pid + ") still runs on " + directory);
		this.directory = directory;
		this.pid = pid;
	}

	Path directory() {
		return this.directory;
	}

	long pid() {
		return this.pid;
	}

}
