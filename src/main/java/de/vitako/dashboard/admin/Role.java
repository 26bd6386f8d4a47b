package de.vitako.dashboard.admin;

import java.util.Locale;

/**
 * What an account may do. Each role includes the ones before it: an editor prepares the draft, a publisher also
 * publishes it, an admin also manages the accounts. One role per account is all a hierarchy needs.
 */
public enum Role {

	EDITOR, PUBLISHER, ADMIN;

	/** As stored in the database: {@code editor}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Role of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
