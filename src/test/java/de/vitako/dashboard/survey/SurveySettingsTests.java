package de.vitako.dashboard.survey;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Reminder settings that would remind nobody, or without limit, stop the start with a message naming the setting.
 */
class SurveySettingsTests {

	private static final Duration DAYS = Duration.ofDays(3);

	@Test
	void refusesSettingsOutsideTheirRangeByName() {
		assertThatNoException().isThrownBy(() -> new SurveySettings(7, 3, DAYS, Duration.ofMinutes(10)));
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveySettings(-1, 3, DAYS, Duration.ofMinutes(10)))
			.withMessageContaining("vitako.survey.reminder-days-before");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveySettings(7, 0, DAYS, Duration.ofMinutes(10)))
			.withMessageContaining("vitako.survey.reminder-limit");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveySettings(7, 11, DAYS, Duration.ofMinutes(10)))
			.withMessageContaining("vitako.survey.reminder-limit");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveySettings(7, 3, DAYS.negated(),
				Duration.ofMinutes(10))).withMessageContaining("vitako.survey.reminder-gap");
		assertThatIllegalArgumentException().isThrownBy(() -> new SurveySettings(7, 3, DAYS, Duration.ZERO))
			.withMessageContaining("vitako.survey.reminder-check-interval");
	}

}
