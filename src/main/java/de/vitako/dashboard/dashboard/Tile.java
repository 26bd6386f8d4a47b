package de.vitako.dashboard.dashboard;

/**
 * A headline number as the brochure prints it ("200.000 Endgeräte …"), with the exact figure beside it.
 */
record Tile(String rounded, String exact, String text, int year, String slug) {
}
