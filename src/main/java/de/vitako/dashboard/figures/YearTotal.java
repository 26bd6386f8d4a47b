package de.vitako.dashboard.figures;

import java.math.BigDecimal;

/**
 * The derived total of a metric's segments in one year; never stored.
 *
 * @param value the sum, {@code null} where a segment is confidential: a total with a withheld part is not known
 * @param complete whether every segment of the metric reported a figure that year
 */
public record YearTotal(int year, BigDecimal value, boolean complete) {
}
