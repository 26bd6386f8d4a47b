package de.vitako.dashboard.survey;

import java.util.List;

/**
 * Why a questionnaire cannot be submitted yet: a question not answered, a jump against last year neither
 * confirmed nor explained, a breakdown that does not add up to 100 %.
 *
 * @param key the field to go to
 * @param code the message's key, with its arguments
 */
public record SubmitProblem(AnswerKey key, String code, List<Object> arguments) {
}
