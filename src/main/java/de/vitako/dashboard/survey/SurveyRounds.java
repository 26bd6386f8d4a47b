package de.vitako.dashboard.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The survey rounds, read and changed one by one.
 */
interface SurveyRounds extends Repository<SurveyRound, Long> {

	List<SurveyRound> findAllByOrderByYearDesc();

	Optional<SurveyRound> findById(long id);

	Optional<SurveyRound> findByYear(int year);

	boolean existsByYear(int year);

	boolean existsByYearAndIdNot(int year, long id);

	SurveyRound saveAndFlush(SurveyRound round);

}
