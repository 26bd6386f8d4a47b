package de.vitako.dashboard.survey;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * The members' questionnaires, read one by one (locked to change them) or per round.
 */
interface SurveyResponses extends Repository<SurveyResponse, Long> {

	Optional<SurveyResponse> findByRoundIdAndMemberId(long roundId, long memberId);

	/** The questionnaire, locked until the transaction ends: one save at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<SurveyResponse> findForUpdateByRoundIdAndMemberId(long roundId, long memberId);

	List<SurveyResponse> findAllByRoundId(long roundId);

	SurveyResponse saveAndFlush(SurveyResponse response);

}
