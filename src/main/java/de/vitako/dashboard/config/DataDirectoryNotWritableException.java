package de.vitako.dashboard.config;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's data directory cannot be created or written.
 */
class DataDirectoryNotWritableException extends RuntimeException {

	private final Path directory;

	DataDirectoryNotWritableException(Path directory, Throwable cause) {
		super("Data directory " + directory + " is not a writable directory", cause);
		this.directory = directory;
	}

	Path directory() {
		return this.directory;
	}

}
