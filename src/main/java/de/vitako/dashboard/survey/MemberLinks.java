package de.vitako.dashboard.survey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * The personal links, found by the hash of their token.
 */
interface MemberLinks extends Repository<MemberLink, Long> {

	Optional<MemberLink> findByTokenHash(String tokenHash);

	/** The link, locked until the transaction ends: of two submissions of one link, the second finds it used. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<MemberLink> findLockedByTokenHash(String tokenHash);

	MemberLink save(MemberLink link);

	boolean existsByContactIdAndPurposeAndCreatedAtAfter(long contactId, String purpose, Instant after);

	List<MemberLink> findByContactIdAndUsedAtIsNull(long contactId);

}
