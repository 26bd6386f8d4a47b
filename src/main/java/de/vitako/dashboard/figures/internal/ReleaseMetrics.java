package de.vitako.dashboard.figures.internal;

import java.util.List;

import de.vitako.dashboard.figures.MetricInfo;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/**
 * The catalogues the releases published.
 */
public interface ReleaseMetrics extends Repository<ReleaseMetric, ReleaseMetric.Key> {

	/** A release's metrics in order, each with its segments (in the same query). */
	@EntityGraph(attributePaths = "segments")
	List<ReleaseMetric> findByKeyReleaseIdOrderByPosition(long releaseId);

	/** The catalogue release {@code releaseId} published, in order; empty for none. */
	default List<MetricInfo> catalogue(long releaseId) {
		return findByKeyReleaseIdOrderByPosition(releaseId).stream().map(ReleaseMetric::toInfo).toList();
	}

}
