package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityState;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL, set up as an operator would: the superuser {@code postgres} needs a password
 * (scram-sha-256 for every connection), the schema belongs to {@code vitako_owner}, which runs the migrations, and
 * the application works as {@code vitako}, which may read and write data but is no superuser and owns nothing.
 * The generated passwords live in {@value EmbeddedCredentials#FILE_NAME} in the data directory, readable only by
 * the server's owner. A data directory of an earlier version (trust authentication, everything in the database
 * {@code postgres}, owned by the superuser) is upgraded on its first start and keeps its data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String DATABASE = "vitako";

	static final String OWNER = "vitako_owner";

	static final String APP = "vitako";

	static final String HBA = """
			# Written by the Vitako dashboard: every connection, local or loopback, needs a password.
			local all all scram-sha-256
			host  all all 127.0.0.1/32 scram-sha-256
			host  all all ::1/128 scram-sha-256
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** The server: the one started first, or the one started again after it ended ({@link PostmasterSupervisor}). */
	private volatile EmbeddedPostgres postgres;

	private final EmbeddedCredentials credentials;

	private final PostmasterSupervisor supervisor;

	private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path dataDir,
			boolean cleanStart) {
		this.postgres = postgres;
		this.credentials = credentials;
		int port = postgres.getPort();
		this.supervisor = new PostmasterSupervisor(dataDir,
				() -> builder(dataDir, credentials, cleanStart).setPort(port).start(),
				(again) -> this.postgres = again);
	}

	/**
	 * Starts PostgreSQL on {@code dataDir}, creating or upgrading it as needed.
	 * @param cleanStart whether to wipe the directory first (tests)
	 */
	static EmbeddedDatabase start(Path dataDir, boolean cleanStart) throws IOException {
		if (cleanStart) {
			FileSystemUtils.deleteRecursively(dataDir);
			Files.createDirectories(dataDir);
		}
		boolean initialised = Files.exists(dataDir.resolve("postgresql.conf"));
		boolean provisioned = initialised && EmbeddedCredentials.existIn(dataDir);
		EmbeddedCredentials credentials = provisioned ? EmbeddedCredentials.readFrom(dataDir)
				: EmbeddedCredentials.generate();
		EmbeddedPostgres.Builder builder = builder(dataDir, credentials, cleanStart);
		Path passwordFile = null;
		if (!initialised) {
			// initdb takes its options from the "locale" settings: a new cluster needs a password from the start
			passwordFile = credentials.writeSuperuserPasswordFile(dataDir.getParent());
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
		EmbeddedDatabase database = new EmbeddedDatabase(postgres, credentials, dataDir, cleanStart);
		if (!provisioned) {
			try {
				credentials.writeTo(dataDir);
				database.provision(initialised);
				Files.writeString(dataDir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
				database.superuser("postgres", "select pg_reload_conf()");
			}
			catch (SQLException | IOException | RuntimeException ex) {
				postgres.close();
				throw new IllegalStateException("Cannot set up the embedded PostgreSQL in " + dataDir, ex);
			}
		}
		try {
			database.supervisor.watch(postgres);
		}
		catch (IOException ex) {
			database.close();
			throw ex;
		}
		return database;
	}

	/** How the server is started, the first time and again after a crash. */
	private static EmbeddedPostgres.Builder builder(Path dataDir, EmbeddedCredentials credentials,
			boolean cleanStart) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setLocaleConfig("encoding", "UTF8")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("password_encryption", "scram-sha-256")
			// the library checks readiness as postgres: with the password once authentication asks for one
			.setConnectConfig("password", credentials.superuser());
		if (!cleanStart) {
			// the library starts PostgreSQL without fsync, for tests; data that must survive a crash needs it
			builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
		}
		return builder;
	}

	/** Told when PostgreSQL goes and comes back: the instance's readiness, and its liveness if it cannot. */
	void onAvailability(Consumer<AvailabilityState> listener) {
		this.supervisor.onAvailability(listener);
	}

	/** The running postmaster's process ID. */
	long postmasterPid() {
		return this.supervisor.pid();
	}

	/** The watchdog that stops PostgreSQL when the application ends, if one runs. */
	ProcessHandle watchdog() {
		return this.supervisor.watchdogProcess();
	}

	/** The application's connection: the role {@code vitako} on the database {@code vitako}. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + DATABASE;
	}

	public int port() {
		return this.postgres.getPort();
	}

	String appUsername() {
		return APP;
	}

	String appPassword() {
		return this.credentials.app();
	}

	String ownerUsername() {
		return OWNER;
	}

	String ownerPassword() {
		return this.credentials.owner();
	}

	/**
	 * Creates the roles and the database, sets the superuser's password and, for a data directory of an earlier
	 * version, moves its data into the database {@code vitako} and hands it to the owner.
	 */
	private void provision(boolean upgrade) throws SQLException {
		if (upgrade) {
			log.warn("Upgrading the embedded PostgreSQL: passwords for every role, data owned by {}, app as {}",
					OWNER, APP);
			// the superuser's password first: the old directory's pg_hba.conf still trusts loopback
			superuser("postgres", "alter role postgres password " + literal(this.credentials.superuser()));
		}
		if (upgrade && !exists("select 1 from pg_database where datname = '" + DATABASE + "'")
				&& hasOldSchema()) {
			superuser("template1", "alter database postgres rename to " + DATABASE, "create database postgres");
		}
		createOrUpdateRole(OWNER, this.credentials.owner());
		createOrUpdateRole(APP, this.credentials.app());
		if (exists("select 1 from pg_database where datname = '" + DATABASE + "'")) {
			superuser("postgres", "alter database " + DATABASE + " owner to " + OWNER);
		}
		else {
			superuser("postgres", "create database " + DATABASE + " owner " + OWNER);
		}
		superuser("postgres", "revoke all on database " + DATABASE + " from public",
				"grant connect, temporary on database " + DATABASE + " to " + APP,
				"revoke connect on database postgres from public", "revoke connect on database template1 from public");
		superuser(DATABASE, """
				do $$
				declare object record;
				begin
				    for object in select c.oid::regclass as name from pg_class c
				                  join pg_namespace n on n.oid = c.relnamespace
				                  where n.nspname = 'public' and c.relowner <> 'vitako_owner'::regrole
				                    and c.relkind in ('r', 'p', 'v', 'm')
				    loop
				        execute format('alter table %s owner to vitako_owner', object.name);
				    end loop;
				    for object in select p.oid::regprocedure as name from pg_proc p
				                  join pg_namespace n on n.oid = p.pronamespace
				                  where n.nspname = 'public' and p.proowner <> 'vitako_owner'::regrole
				    loop
				        execute format('alter routine %s owner to vitako_owner', object.name);
				    end loop;
				end $$""");
	}

	private boolean hasOldSchema() throws SQLException {
		try (Connection connection = connect("postgres");
				ResultSet rs = connection.createStatement()
					.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private void createOrUpdateRole(String role, String password) throws SQLException {
		String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
				+ literal(password);
		if (exists("select 1 from pg_roles where rolname = '" + role + "'")) {
			superuser("postgres", "alter role " + role + " with" + attributes);
		}
		else {
			superuser("postgres", "create role " + role + attributes);
		}
	}

	private boolean exists(String query) throws SQLException {
		try (Connection connection = connect("postgres");
				PreparedStatement statement = connection.prepareStatement(query);
				ResultSet rs = statement.executeQuery()) {
			return rs.next();
		}
	}

	private void superuser(String database, String... statements) throws SQLException {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		properties.setProperty("password", this.credentials.superuser());
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, properties);
	}

	/** The passwords are generated base64url, but quote them properly all the same. */
	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	@Override
	public void close() throws IOException {
		this.supervisor.close();
		this.postgres.close();
	}

}
