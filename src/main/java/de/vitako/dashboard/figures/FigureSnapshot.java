package de.vitako.dashboard.figures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every metric with its figures as of one data revision. Immutable: pages and exports render from it without
 * touching the database.
 *
 * @param revision the data's change counter, bumped by every write to the figures
 * @param changedAt when the figures last changed
 */
public record FigureSnapshot(long revision, Instant changedAt, List<MetricData> metrics) {

	public Optional<MetricData> metric(String code) {
		return this.metrics.stream().filter((m) -> m.metric().code().equals(code)).findFirst();
	}

}
