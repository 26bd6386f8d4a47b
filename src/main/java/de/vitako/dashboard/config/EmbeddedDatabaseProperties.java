package de.vitako.dashboard.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where its data lives ({@code VITAKO_DATA_DIR}); it survives restarts
 * @param cleanStart whether to wipe the data directory on start (tests only)
 * @param startEarly whether to start the server while the application context is built (tests switch it off)
 */
@ConfigurationProperties("vitako.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data") Path dataDir, boolean cleanStart,
		@DefaultValue("true") boolean startEarly) {
}
