package de.vitako.dashboard.figures.catalogue;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.Unit;

/**
 * What a metric is, as an editor defines it.
 *
 * @param code snake_case, unique; never changes once the metric exists
 * @param chartKind the chart it is drawn as, {@code null} for one chosen from the data
 */
public record MetricDefinition(String code, LocalizedText label, LocalizedText description, Unit unit,
		boolean segmentsAddUp, boolean partsOfWhole, ChartKind chartKind) {
}
