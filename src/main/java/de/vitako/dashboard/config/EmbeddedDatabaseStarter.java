package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so that the server
 * starts while the application context is built instead of after most of it
 * ({@link EmbeddedDatabaseAutoConfiguration} then takes it over). Only where the embedded default will be used: no
 * {@code spring.datasource.url}, and {@code vitako.embedded-db.start-early} not switched off (the tests switch it
 * off, since they may use a Testcontainers database instead). A database that no context took over because the
 * start failed is stopped again.
 */
class EmbeddedDatabaseStarter implements SmartApplicationListener {

	private static final Map<Path, CompletableFuture<EmbeddedDatabase>> STARTING = new ConcurrentHashMap<>();

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			startEarly(prepared.getEnvironment());
		}
		else {
			STARTING.keySet().forEach((dir) -> STARTING.remove(dir).thenAccept(EmbeddedDatabaseStarter::close));
		}
	}

	private static void startEarly(ConfigurableEnvironment environment) {
		boolean early = environment.getProperty("vitako.embedded-db.start-early", Boolean.class, true);
		if (!early || environment.containsProperty("spring.datasource.url")) {
			return;
		}
		EmbeddedDatabaseProperties properties = Binder.get(environment)
			.bindOrCreate("vitako.embedded-db", EmbeddedDatabaseProperties.class);
		Path dir = properties.dataDir().toAbsolutePath().normalize();
		STARTING.computeIfAbsent(dir, (key) -> CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedDatabaseAutoConfiguration.start(properties);
			}
			catch (IOException ex) {
				throw new CompletionException(ex);
			}
		}));
	}

	/** The database started early for this directory, if there is one; it is the caller's from now on. */
	static EmbeddedDatabase take(Path dataDir) throws IOException {
		CompletableFuture<EmbeddedDatabase> started = STARTING.remove(dataDir.toAbsolutePath().normalize());
		if (started == null) {
			return null;
		}
		try {
			return started.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private static void close(EmbeddedDatabase database) {
		try {
			database.close();
		}
		catch (IOException ex) {
			// stopping a server nobody uses: nothing more to do
		}
	}

}
