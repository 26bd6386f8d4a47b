package de.vitako.dashboard.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTests {

	private final MailSettings settings = new MailSettings("Vitako <statistik@example.org>", 10,
			Duration.ofSeconds(30), Duration.ofHours(1));

	@Test
	void thePauseBeforeAnotherAttemptDoublesUpToItsLimit() {
		assertThat(this.settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.settings.retryAfter(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.settings.retryAfter(7)).isEqualTo(Duration.ofMinutes(32));
		assertThat(this.settings.retryAfter(8)).isEqualTo(Duration.ofHours(1));
		assertThat(this.settings.retryAfter(60)).isEqualTo(Duration.ofHours(1));
	}

}
