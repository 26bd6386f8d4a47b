package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotEmpty;

/**
 * A person's own new password, given with the current one and typed twice.
 */
record PasswordForm(@NotEmpty(message = "{account.password.currentRequired}") String current, String password,
		String repeat) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
