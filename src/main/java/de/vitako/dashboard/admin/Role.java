package de.vitako.dashboard.admin;

import java.util.Locale;

/**
 * What an account may do: an editor prepares the draft; a publisher also publishes it; survey staff also run the
 * members' survey (members, rounds, and each member's own answers, which editors and publishers never see); an
 * admin may do all of it and manages the accounts. One role per account is all this hierarchy needs.
 */
public enum Role {

	EDITOR, PUBLISHER, SURVEY, ADMIN;

	/** Whether it may publish the draft; survey staff, editors with a survey to run, may not. */
	public boolean publishes() {
		return this == PUBLISHER || this == ADMIN;
	}

	/** Whether it may run the members' survey and see individual answers. */
	public boolean runsSurveys() {
		return this == SURVEY || this == ADMIN;
	}

	/** As stored in the database: {@code editor}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Role of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
