package de.vitako.dashboard.figures;

/**
 * Published inside a transaction that changed figures; once it commits, this instance shows the change.
 */
record FiguresChanged() {
}
