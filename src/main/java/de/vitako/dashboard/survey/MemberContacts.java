package de.vitako.dashboard.survey;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The contacts of all members, for what is asked across organisations.
 */
interface MemberContacts extends Repository<MemberContact, Long> {

	/** Whether a contact that is not removed has this address, in any organisation. */
	boolean existsByEmailIgnoreCaseAndRemovedAtIsNull(String email);

	/** The contact that is not removed with this address (compared without case), if there is one. */
	Optional<MemberContact> findByEmailIgnoreCaseAndRemovedAtIsNull(String email);

	Optional<MemberContact> findById(long id);

}
