package de.vitako.dashboard.figures.draft;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/**
 * The figures' history, append-only: written with each change, read newest first.
 */
interface FigureChanges extends Repository<FigureChange, Long> {

	FigureChange save(FigureChange change);

	Optional<FigureChange> findById(Long id);

	List<FigureChange> findByImportIdOrderByIdDesc(Long importId);

	List<FigureChange> findAllByOrderByChangedAtDescIdDesc(Limit limit);

	List<FigureChange> findByMetricCodeOrderByChangedAtDescIdDesc(String metricCode, Limit limit);

	List<FigureChange> findByMetricCodeAndSegmentCodeAndYearOrderByChangedAtDescIdDesc(String metricCode,
			String segmentCode, int year);

	Optional<FigureChange> findFirstByMetricCodeAndSegmentCodeAndYearOrderByChangedAtDescIdDesc(String metricCode,
			String segmentCode, int year);

}
