package de.vitako.dashboard.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the survey reminds members that have not submitted ({@code vitako.survey.*}), as LimeSurvey does: each
 * member at most {@code reminderLimit} times, never twice within {@code reminderGap}, and automatically once
 * {@code reminderDaysBefore} days before a round closes.
 *
 * @param reminderCheckInterval how often the automatic reminders are looked for
 */
@ConfigurationProperties("vitako.survey")
public record SurveySettings(@DefaultValue("7") int reminderDaysBefore, @DefaultValue("3") int reminderLimit,
		@DefaultValue("3d") Duration reminderGap, @DefaultValue("10m") Duration reminderCheckInterval) {

	public SurveySettings {
		if (reminderDaysBefore < 0) {
			throw new IllegalArgumentException("vitako.survey.reminder-days-before must be 0 or more");
		}
		if (reminderLimit < 1 || reminderLimit > 10) {
			throw new IllegalArgumentException("vitako.survey.reminder-limit must be between 1 and 10");
		}
		if (reminderGap.isNegative() || reminderCheckInterval.isNegative() || reminderCheckInterval.isZero()) {
			throw new IllegalArgumentException(
					"vitako.survey.reminder-gap and vitako.survey.reminder-check-interval must be positive");
		}
	}

}
