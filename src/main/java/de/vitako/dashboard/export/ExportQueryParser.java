package de.vitako.dashboard.export;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.figures.FigureFilters;
import de.vitako.dashboard.shared.ProblemException;

import org.springframework.stereotype.Component;

/**
 * Reads an export's parameters: the figures' filter, checked against the catalogue by {@link FigureFilters}, and
 * the file's format.
 */
@Component
class ExportQueryParser {

	private final FigureFilters filters;

	ExportQueryParser(FigureFilters filters) {
		this.filters = filters;
	}

	/**
	 * A query of the figures the request is shown: the draft's in the preview, else those of the release named by
	 * {@code releaseParam} or of the latest one.
	 *
	 * @throws ProblemException for a parameter that is malformed or names nothing the catalogue has
	 */
	ExportQuery parse(List<String> metricParams, List<String> segmentParams, String fromParam, String toParam,
			String formatParam, String langParam, String releaseParam, HttpServletRequest request) {
		return ExportQuery.of(this.filters.parse(metricParams, segmentParams, fromParam, toParam, langParam,
				releaseParam, request), format(formatParam));
	}

	private static ExportFormat format(String value) {
		if (value == null || value.isBlank() || value.equalsIgnoreCase("csv")) {
			return ExportFormat.CSV;
		}
		if (value.equalsIgnoreCase("excel")) {
			return ExportFormat.EXCEL;
		}
		if (value.equalsIgnoreCase("xlsx")) {
			return ExportFormat.XLSX;
		}
		throw FigureFilters.bad("Unknown format", "'format' must be 'csv' (the default), 'excel' or 'xlsx', not '"
				+ FigureFilters.abbreviate(value) + "'.");
	}

}
