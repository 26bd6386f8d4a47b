package de.vitako.dashboard.figures.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The draft's figures, read and written one by one through their entity.
 */
public interface Figures extends JpaRepository<Figure, Long> {

	List<Figure> findAllByOrderById();

	boolean existsByMetricCodeAndSegmentCodeAndYear(String metricCode, String segmentCode, int year);

	Optional<Figure> findByMetricCodeAndSegmentCodeAndYear(String metricCode, String segmentCode, int year);

}
