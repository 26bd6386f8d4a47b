package de.vitako.dashboard.admin;

import java.time.Instant;

/**
 * One entry of an account's history: who did what to it, and when.
 */
record AccountChange(String action, Role oldRole, Role newRole, String oldDisplayName, String newDisplayName,
		String changedBy, Instant changedAt) {
}
