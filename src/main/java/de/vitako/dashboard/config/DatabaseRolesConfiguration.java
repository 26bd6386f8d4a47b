package de.vitako.dashboard.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the migrations' {@code afterMigrate.sql} which role the application works as, so that it grants that role
 * the data but not the schema, and only appending to the history.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRolesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRolesConfiguration.class);

	@Bean
	FlywayConfigurationCustomizer appRolePlaceholder(JdbcConnectionDetails app, FlywayConnectionDetails migrations) {
		String role = app.getUsername();
		if (role == null || !role.matches("[A-Za-z0-9_.@-]{1,63}")) {
			throw new IllegalStateException("The database user name must be 1 to 63 letters, digits or _ . @ -");
		}
		// without SPRING_FLYWAY_USER, Flyway works as the application's role
		if (migrations.getUsername() == null || Objects.equals(role, migrations.getUsername())) {
			log.warn("The application and the migrations use the same database role '{}': it owns the tables, so the "
					+ "history is protected against it only by a trigger. Set SPRING_FLYWAY_USER and "
					+ "SPRING_FLYWAY_PASSWORD to a separate owner role.", role);
		}
		return (configuration) -> {
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			placeholders.put("app_role", role);
			configuration.placeholders(placeholders);
		};
	}

}
