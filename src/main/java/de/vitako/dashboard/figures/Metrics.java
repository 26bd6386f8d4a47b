package de.vitako.dashboard.figures;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Metrics extends Repository<Metric, String> {

	List<Metric> findAllByOrderByPosition();

	Optional<Metric> findById(String code);

}
