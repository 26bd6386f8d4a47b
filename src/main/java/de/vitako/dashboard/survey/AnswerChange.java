package de.vitako.dashboard.survey;

import java.time.Instant;

/**
 * A line of a questionnaire's history.
 *
 * @param action {@code answer}, {@code submit} or {@code reopen}
 * @param key the answer's place, {@code null} for a submission or reopening
 * @param before the answer before, {@code null} for an empty field
 * @param after the answer after, {@code null} for an emptied field
 * @param source {@code form}, {@code upload} or {@code staff}
 */
public record AnswerChange(String action, AnswerKey key, Answer before, Answer after, String source, String by,
		Instant at) {
}
