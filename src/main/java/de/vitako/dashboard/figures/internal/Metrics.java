package de.vitako.dashboard.figures.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/**
 * The draft's metrics with their segments, read through their entities for the draft's snapshot.
 */
public interface Metrics extends Repository<Metric, String> {

	List<Metric> findAllByOrderByPosition();

	Optional<Metric> findById(String code);

}
