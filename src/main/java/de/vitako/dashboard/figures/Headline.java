package de.vitako.dashboard.figures;

/**
 * A headline tile of the overview, as the catalogue chooses it: a metric, and the segment whose growth it tells
 * ({@code null}: the metric's only or first segment, or its total).
 *
 * @param text the tile's own text, {@code null} for the metric's label
 */
public record Headline(String metric, String segment, LocalizedText text) {
}
