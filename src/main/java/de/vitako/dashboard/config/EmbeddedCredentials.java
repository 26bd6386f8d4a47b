package de.vitako.dashboard.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's three roles, generated once and kept in a file inside the data
 * directory that only the server's owner may read ({@code rw-------}).
 *
 * @param superuser password of {@code postgres}, needed only to set the server up
 * @param owner password of {@code vitako_owner}, which owns the schema and runs the migrations
 * @param app password of {@code vitako}, the role the application works as
 */
record EmbeddedCredentials(String superuser, String owner, String app) {

	static final String FILE_NAME = "vitako-credentials.properties";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	static EmbeddedCredentials generate() {
		return new EmbeddedCredentials(randomPassword(), randomPassword(), randomPassword());
	}

	static boolean existIn(Path dataDir) {
		return Files.isRegularFile(dataDir.resolve(FILE_NAME));
	}

	static EmbeddedCredentials readFrom(Path dataDir) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new EmbeddedCredentials(required(properties, "postgres"), required(properties, "vitako_owner"),
				required(properties, "vitako"));
	}

	/** Writes the file atomically, readable by its owner only from the moment it exists. */
	void writeTo(Path dataDir) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("postgres", this.superuser);
		properties.setProperty("vitako_owner", this.owner);
		properties.setProperty("vitako", this.app);
		Path temporary = ownerOnlyFile(dataDir.resolve(FILE_NAME + ".new"));
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "Passwords of the embedded PostgreSQL's roles. Keep this file private.");
		}
		Files.move(temporary, dataDir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	/** A file for initdb's {@code --pwfile}: the superuser's password, owner-only, deleted by the caller. */
	Path writeSuperuserPasswordFile(Path directory) throws IOException {
		Path file = ownerOnlyFile(directory.resolve("vitako-initdb-password"));
		Files.writeString(file, this.superuser + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private static Path ownerOnlyFile(Path file) throws IOException {
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		return Files.createFile(file);
	}

	private static String required(Properties properties, String key) throws IOException {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IOException(FILE_NAME + " has no password for " + key);
		}
		return value;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "EmbeddedCredentials[***]";
	}

}
