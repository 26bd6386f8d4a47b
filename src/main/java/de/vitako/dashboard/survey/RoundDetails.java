package de.vitako.dashboard.survey;

import java.time.LocalDate;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A survey round as staff describe it: the reporting year it asks about, its title, and the days it is open
 * (from the start of {@code opensOn} to the end of {@code closesOn}, in {@code VITAKO_TIME_ZONE}).
 */
public record RoundDetails(int year, LocalizedText title, LocalDate opensOn, LocalDate closesOn) {
}
