package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An account as an admin creates or changes it. The user name is set once, at creation: it is how the history
 * names the person.
 *
 * @param version the account's version when the form was shown; {@code null} for a new account
 */
record AccountForm(
		@NotBlank(message = "{account.username.required}") @Pattern(regexp = "^[A-Za-z0-9._@-]{1,100}$",
				message = "{account.username.invalid}") String username,
		@NotBlank(message = "{account.displayName.required}") @AdminText(max = 100,
				tooLong = "{account.displayName.tooLong}") String displayName,
		@NotNull(message = "{account.role.required}") Role role, Long version) {

	static AccountForm of(Account account) {
		return new AccountForm(account.username(), account.displayName(), account.role(), account.version());
	}

}
