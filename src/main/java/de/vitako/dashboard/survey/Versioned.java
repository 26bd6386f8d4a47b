package de.vitako.dashboard.survey;

import java.time.Instant;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What the survey's records that staff edit in forms have alike: an id, who made them and when, and a version that
 * every change bumps, so that a form opened before a change saves nothing.
 */
@MappedSuperclass
abstract class Versioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String createdBy;

	private Instant createdAt;

	private long version;

	protected Versioned() {
	}

	protected Versioned(String createdBy, Instant createdAt) {
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	/** Records a change: every form opened before it is outdated. */
	void changed() {
		this.version++;
	}

}
