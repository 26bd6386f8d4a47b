package de.vitako.dashboard.figures;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every metric with its figures, as published in one release or as they stand in the draft. Immutable: pages
 * and exports render from it without touching the database.
 *
 * @param revision for a release its number; for the draft its change counter, bumped by every write
 * @param changedAt when the release was published, or when the draft last changed
 * @param release the release shown; {@code null} for the draft
 */
public record FigureSnapshot(long revision, Instant changedAt, List<MetricData> metrics, Release release) {

	public Optional<MetricData> metric(String code) {
		return this.metrics.stream().filter((m) -> m.metric().code().equals(code)).findFirst();
	}

}
