package de.vitako.dashboard.admin;

/**
 * The confirmation of a restore, with the figure's version that the admin saw: empty when the figure did not
 * exist then.
 */
record RestoreForm(Long version) {
}
