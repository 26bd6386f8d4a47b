package de.vitako.dashboard.figures;

/**
 * A headline tile as the catalogue's admin page lists it: its id and version, for moving or removing it, and what
 * it shows.
 */
public record HeadlineTile(long id, Headline headline, long version) {
}
