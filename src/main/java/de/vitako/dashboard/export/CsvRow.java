package de.vitako.dashboard.export;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One figure as an export row, before formatting: from the database for a download, from the snapshot for the
 * size a page prints. {@link CsvRowFormatter} turns both into the same cells.
 *
 * @param metricLabel the metric's label in the export's language
 * @param segmentLabel the segment's label for this metric, in the export's language
 */
record CsvRow(String metric, String segment, int year, BigDecimal value, String unit, String metricLabel,
		String segmentLabel, String sourceTitle, Integer sourcePage, String note, Instant updatedAt) {
}
