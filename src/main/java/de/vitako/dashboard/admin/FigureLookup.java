package de.vitako.dashboard.admin;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.draft.FigureEditor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds what an admin URL names, or answers 404.
 */
@Component
class FigureLookup {

	private final FigureSnapshots snapshots;

	private final FigureEditor editor;

	FigureLookup(FigureSnapshots snapshots, FigureEditor editor) {
		this.snapshots = snapshots;
		this.editor = editor;
	}

	/** The figure as stored now, with its current version. */
	FigureValue figure(long id) {
		return this.editor.figure(id).orElseThrow(FigureLookup::notFound);
	}

	MetricData metricData(String code) {
		return this.snapshots.draft().metric(code).orElseThrow(FigureLookup::notFound);
	}

	MetricInfo metricInfo(String code) {
		return this.snapshots.anyMetricInfo(code).orElseThrow(FigureLookup::notFound);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
