package de.vitako.dashboard.figures.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The releases as stored, read and written one by one; their figures are copied and read in bulk with SQL.
 * Derived queries only: a JPQL string would start Hibernate's query parser at boot, a second or so here.
 */
public interface StoredReleases extends Repository<StoredRelease, Long> {

	Optional<StoredRelease> findById(long id);

	/** Every published release, the latest first. */
	default List<StoredRelease> published() {
		return findByStatusOrderByNumberDesc(StoredRelease.PUBLISHED);
	}

	default Optional<StoredRelease> published(int number) {
		return findByStatusAndNumber(StoredRelease.PUBLISHED, number);
	}

	/** The release that waits for its time, if one does (the database allows one at most). */
	default Optional<StoredRelease> scheduled() {
		return findByStatus(StoredRelease.SCHEDULED);
	}

	/** The release that waits, if its time has come. */
	default Optional<StoredRelease> due(Instant now) {
		return findByStatusAndScheduledForLessThanEqual(StoredRelease.SCHEDULED, now);
	}

	/** The latest release's number, 0 before the first. */
	default int latestNumber() {
		return findFirstByStatusOrderByNumberDesc(StoredRelease.PUBLISHED).map(StoredRelease::number).orElse(0);
	}

	List<StoredRelease> findByStatusOrderByNumberDesc(String status);

	Optional<StoredRelease> findByStatusAndNumber(String status, int number);

	Optional<StoredRelease> findByStatus(String status);

	Optional<StoredRelease> findByStatusAndScheduledForLessThanEqual(String status, Instant now);

	Optional<StoredRelease> findFirstByStatusOrderByNumberDesc(String status);

	StoredRelease saveAndFlush(StoredRelease release);

	void flush();

}
