package de.vitako.dashboard.figures;

/**
 * What a metric is, as an editor defines it.
 *
 * @param code snake_case, unique; never changes once the metric exists
 * @param chartKind the chart it is drawn as, {@code null} for one chosen from the data
 */
public record MetricDefinition(String code, LocalizedText label, LocalizedText description, Unit unit,
		boolean segmentsAddUp, boolean partsOfWhole, ChartKind chartKind) {
}
