package de.vitako.dashboard.figures.internal;

import java.util.List;
import java.util.Optional;

import de.vitako.dashboard.figures.MetricInfo;

import org.springframework.data.repository.Repository;

/**
 * The draft's metrics with their segments: read for the draft's snapshot and its publication, written one by one
 * by the catalogue's editor.
 */
public interface Metrics extends Repository<Metric, String> {

	List<Metric> findAllByOrderByPosition();

	/** The catalogue the next release publishes: the metrics and segments that are not retired, in order. */
	default List<MetricInfo> draftCatalogue() {
		return findAllByOrderByPosition().stream().filter((metric) -> !metric.retired()).map(Metric::toInfo).toList();
	}

	Optional<Metric> findById(String code);

	boolean existsById(String code);

	Metric save(Metric metric);

	void delete(Metric metric);

}
