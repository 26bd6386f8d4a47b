package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;

/**
 * A publication as a publisher asks for it: the notes in both languages, now or at a time.
 *
 * @param draftRevision the draft's change counter of the diff the publisher reviewed
 * @param later {@code true} for a scheduled publication; otherwise now
 * @param at for a scheduled publication, the local date and time ({@code 2026-12-01T09:00}) in the configured
 * time zone
 */
record PublishForm(Long draftRevision,
		@NotBlank(message = "{release.notes.required}") @AdminText(max = 4000,
				tooLong = "{release.notes.tooLong}") String notesDe,
		@NotBlank(message = "{release.notes.required}") @AdminText(max = 4000,
				tooLong = "{release.notes.tooLong}") String notesEn,
		Boolean later, String at) {

	public boolean scheduled() {
		return Boolean.TRUE.equals(this.later);
	}

	static PublishForm of(long draftRevision) {
		return new PublishForm(draftRevision, "", "", Boolean.FALSE, "");
	}

}
