package de.vitako.dashboard.admin;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The confirmation of a deletion, with the version the confirmation page showed.
 */
record DeleteForm(Long version, @Size(max = 500, message = "{admin.reason.tooLong}") @Pattern(regexp = FigureForm.NO_MARKUP, message = "{admin.text.markup}") String reason) {
}
