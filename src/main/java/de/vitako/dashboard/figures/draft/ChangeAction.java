package de.vitako.dashboard.figures.draft;

import java.util.Locale;

/**
 * What a recorded change did to a figure.
 */
public enum ChangeAction {

	CREATE, UPDATE, DELETE, RESTORE,

	/** A draft change taken back: the figure is as the latest release published it again. */
	DISCARD;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ChangeAction fromCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
