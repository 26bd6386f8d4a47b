package de.vitako.dashboard.figures;

/**
 * A segment of a metric (schools, municipal administrations, …) with the label that metric gives it.
 */
public record SegmentInfo(String code, LocalizedText label) {
}
