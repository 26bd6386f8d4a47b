package de.vitako.dashboard.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL can be reached, as the last attempt found. An outage is logged once when it starts and once
 * when it ends, each a single line, however many requests meet it; the requests refused meanwhile are counted
 * ({@code vitako_database_unavailable_requests_total}), and {@code vitako_database_reachable} is 0 or 1.
 */
@Component
public class DatabaseStatus {

	private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);

	private volatile boolean reachable = true;

	private final Counter refused;

	DatabaseStatus(MeterRegistry meters) {
		this.refused = meters.counter("vitako.database.unavailable.requests");
		Gauge.builder("vitako.database.reachable", this, (status) -> status.reachable ? 1 : 0).register(meters);
	}

	/** Whether the last attempt reached the database. */
	public boolean reachable() {
		return this.reachable;
	}

	/** The database answered. */
	public void reached() {
		if (!this.reachable) {
			synchronized (this) {
				if (!this.reachable) {
					this.reachable = true;
					log.warn("PostgreSQL can be reached again");
				}
			}
		}
	}

	/** A connection to the database failed. */
	public void unreachable(Throwable failure) {
		if (this.reachable) {
			synchronized (this) {
				if (this.reachable) {
					this.reachable = false;
					log.warn("PostgreSQL cannot be reached: {}. Readers get the figures loaded last; admin, export "
							+ "and write requests get 503 until it is back.", rootMessage(failure));
				}
			}
		}
	}

	/** A request was answered 503 because the database could not be reached. */
	public void refusedRequest() {
		this.refused.increment();
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
