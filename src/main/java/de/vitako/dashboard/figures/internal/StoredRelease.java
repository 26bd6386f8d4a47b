package de.vitako.dashboard.figures.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.Release;

/**
 * A release as stored: frozen from the draft and waiting for its time ({@code scheduled}), out with its number
 * ({@code published}), or never to go out ({@code cancelled}). Only a waiting release changes, once; the database
 * refuses every other change. Its figures and catalogue are copied in bulk by the publisher.
 */
@Entity
@Table(name = "release")
public class StoredRelease {

	static final String SCHEDULED = "scheduled";

	static final String PUBLISHED = "published";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Integer number;

	private String status;

	private String notesDe;

	private String notesEn;

	private long draftRevision;

	private String createdBy;

	private Instant createdAt;

	private Instant scheduledFor;

	private Instant publishedAt;

	private String cancelledBy;

	private Instant cancelledAt;

	protected StoredRelease() {
	}

	/** A release frozen from the draft of {@code draftRevision}, to go out at {@code scheduledFor}. */
	public StoredRelease(LocalizedText notes, long draftRevision, String createdBy, Instant createdAt,
			Instant scheduledFor) {
		this.status = SCHEDULED;
		this.notesDe = notes.de();
		this.notesEn = notes.en();
		this.draftRevision = draftRevision;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.scheduledFor = scheduledFor;
	}

	public long id() {
		return this.id;
	}

	Integer number() {
		return this.number;
	}

	public Instant scheduledFor() {
		return this.scheduledFor;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public LocalizedText notes() {
		return new LocalizedText(this.notesDe, this.notesEn);
	}

	/** Sends the waiting release out as number {@code releaseNumber}. */
	public void publish(int releaseNumber, Instant now) {
		this.number = releaseNumber;
		this.status = PUBLISHED;
		this.publishedAt = now;
	}

	/** Stops the waiting release from going out. */
	public void cancel(String by, Instant now) {
		this.status = "cancelled";
		this.cancelledBy = by;
		this.cancelledAt = now;
	}

	/** The release as readers see it; only for a published one. */
	public Release toRelease() {
		return new Release(this.number, this.publishedAt, this.scheduledFor, this.createdBy, notes());
	}

}
