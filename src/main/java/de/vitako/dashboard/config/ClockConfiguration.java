package de.vitako.dashboard.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the association's time zone ({@code VITAKO_TIME_ZONE}): every date that a
 * reader or an admin sees, and every date in a file name, is of this zone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockConfiguration.TimeZoneProperties.class)
class ClockConfiguration {

	@Bean
	Clock clock(TimeZoneProperties properties) {
		return Clock.system(properties.timeZone());
	}

	/** @param timeZone the zone of dates shown and of file names */
	@ConfigurationProperties("vitako")
	record TimeZoneProperties(@DefaultValue("Europe/Berlin") ZoneId timeZone) {
	}

}
