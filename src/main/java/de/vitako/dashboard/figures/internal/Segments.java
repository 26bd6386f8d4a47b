package de.vitako.dashboard.figures.internal;

import org.springframework.data.repository.Repository;

/**
 * The segment codes known across metrics.
 */
public interface Segments extends Repository<Segment, String> {

	boolean existsById(String code);

	Segment save(Segment segment);

}
