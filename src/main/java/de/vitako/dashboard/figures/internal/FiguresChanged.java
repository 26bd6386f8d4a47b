package de.vitako.dashboard.figures.internal;

/**
 * Published inside a transaction that changed figures; once it commits, this instance shows the change.
 */
public record FiguresChanged() {
}
