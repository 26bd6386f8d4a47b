package de.vitako.dashboard.survey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The member organisations, read and changed one by one.
 */
interface Members extends Repository<Member, Long> {

	List<Member> findAllByOrderByShortName();

	Optional<Member> findById(long id);

	Optional<Member> findByShortNameIgnoreCase(String shortName);

	boolean existsByShortNameIgnoreCase(String shortName);

	boolean existsByShortNameIgnoreCaseAndIdNot(String shortName, long id);

	Member saveAndFlush(Member member);

	void flush();

}
