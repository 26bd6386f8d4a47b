package de.vitako.dashboard.figures.internal;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/**
 * What a metric and a metric's segment have alike in the draft's catalogue: a place in their order, and whether
 * they are retired (out of the next release, kept in the earlier ones).
 */
@MappedSuperclass
public abstract class CatalogueItem {

	private int position;

	private Instant retiredAt;

	protected CatalogueItem() {
	}

	protected CatalogueItem(int position) {
		this.position = position;
	}

	public int position() {
		return this.position;
	}

	public boolean retired() {
		return this.retiredAt != null;
	}

	public void moveTo(int newPosition) {
		this.position = newPosition;
	}

	public void retire(Instant now) {
		this.retiredAt = now;
	}

	public void reinstate() {
		this.retiredAt = null;
	}

}
