package de.vitako.dashboard.config;

import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented environment variable sets the zone of every date shown.
 */
class ClockConfigurationTests {

	@Test
	void takesTheTimeZoneFromTheDocumentedEnvironmentVariable() {
		assertThat(zone(Map.of("VITAKO_TIME_ZONE", "America/New_York"))).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(zone(Map.of())).isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	private static ZoneId zone(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment)
			.bindOrCreate("vitako", ClockConfiguration.TimeZoneProperties.class)
			.timeZone();
	}

}
