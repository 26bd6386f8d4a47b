package de.vitako.dashboard.admin;

/**
 * The confirmation of a deletion, with the version the confirmation page showed.
 */
record DeleteForm(Long version, @AdminText(max = 500, tooLong = "{admin.reason.tooLong}") String reason) {
}
