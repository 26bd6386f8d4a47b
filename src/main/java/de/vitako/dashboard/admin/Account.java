package de.vitako.dashboard.admin;

import java.time.Instant;

/**
 * A team account as the admin pages show it.
 *
 * @param active deactivated accounts cannot log in; they are kept so that the history keeps their names
 * @param mustChangePassword the password was set by an admin and is to be changed at the next login
 */
record Account(long id, String username, String displayName, Role role, boolean active, boolean mustChangePassword,
		long version, Instant createdAt) {
}
