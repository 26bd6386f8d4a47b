package de.vitako.dashboard.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code vitako.mail.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender of every mail
 * @param maxAttempts attempts before a mail is given up as failed
 * @param firstRetry the pause after the first failed attempt; it doubles with each further one, up to
 * {@code maxRetry}
 */
@ConfigurationProperties("vitako.mail")
public record MailSettings(@DefaultValue("Vitako Statistik <statistik@localhost>") String from,
		@DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetry) {

	/** The pause before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
	Duration retryAfter(int attempts) {
		Duration pause = this.firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
		return (pause.compareTo(this.maxRetry) > 0) ? this.maxRetry : pause;
	}

}
