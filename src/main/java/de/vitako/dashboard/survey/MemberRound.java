package de.vitako.dashboard.survey;

import de.vitako.dashboard.survey.Questionnaire.Phase;

/**
 * A round a member was invited to, as its members' area lists it.
 *
 * @param state {@code null} before one of its contacts first opened the questionnaire
 */
public record MemberRound(long id, RoundDetails details, Phase phase, ResponseState state) {
}
