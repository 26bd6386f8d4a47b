package de.vitako.dashboard.support;

import java.util.HashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import de.vitako.dashboard.DashboardApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the application in the test JVM, on a database the test chooses.
 */
public final class AppInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private AppInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts an instance on the database at {@code jdbcUrl}, with the credentials of {@code like}. */
	public static AppInstance start(String jdbcUrl, HikariDataSource like, Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(Map.of("server.port", "0", "management.server.port", "0",
				"spring.datasource.url", jdbcUrl, "spring.datasource.username", like.getUsername(),
				"spring.datasource.password", like.getPassword() == null ? "" : like.getPassword(),
				"spring.main.banner-mode", "off", "logging.level.root", "WARN"));
		all.putAll(properties);
		// as command-line arguments, so that they win over application.properties
		String[] args = all.entrySet().stream().map((e) -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new AppInstance(new SpringApplicationBuilder(DashboardApplication.class).run(args));
	}

	public String baseUrl() {
		return "http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
