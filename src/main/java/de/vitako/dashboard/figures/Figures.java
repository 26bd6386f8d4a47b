package de.vitako.dashboard.figures;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Figures extends JpaRepository<Figure, Long> {

	List<Figure> findAllByOrderById();

}
