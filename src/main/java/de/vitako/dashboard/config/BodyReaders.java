package de.vitako.dashboard.config;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The request workers that may read request bodies at a time: the forms' fields, and the rest of a body an answer
 * did not need. A client that sends its body a byte at a time can hold one of these, never the workers that pages
 * need.
 */
final class BodyReaders {

	static final int SLOTS = 4;

	private final Semaphore slots = new Semaphore(SLOTS, true);

	/** Takes a slot, waiting at most {@code wait}; false if none came free. */
	boolean enter(Duration wait) {
		try {
			return this.slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void leave() {
		this.slots.release();
	}

}
