package de.vitako.dashboard.figures;

import java.math.BigDecimal;

/**
 * What an admin can change of a figure: its value and provenance.
 */
public record FigureContent(BigDecimal value, String sourceTitle, Integer sourcePage, String note) {
}
