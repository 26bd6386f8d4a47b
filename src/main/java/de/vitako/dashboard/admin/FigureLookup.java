package de.vitako.dashboard.admin;

import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.FigureEditor;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what an admin URL names, or answers 404.
 */
@Component
class FigureLookup {

	private final FigureCatalog catalog;

	private final FigureEditor editor;

	FigureLookup(FigureCatalog catalog, FigureEditor editor) {
		this.catalog = catalog;
		this.editor = editor;
	}

	/** The figure as stored now, with its current version. */
	FigureValue figure(long id) {
		return this.editor.figure(id).orElseThrow(FigureLookup::notFound);
	}

	MetricData metricData(String code) {
		return this.catalog.draft().metric(code).orElseThrow(FigureLookup::notFound);
	}

	MetricInfo metricInfo(String code) {
		return this.catalog.anyMetricInfo(code).orElseThrow(FigureLookup::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
