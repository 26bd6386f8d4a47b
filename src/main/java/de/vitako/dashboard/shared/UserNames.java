package de.vitako.dashboard.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way a typed user name becomes the key of an account and of the login throttle: Unicode NFKC, then
 * lower case, then NFKC again. So {@code ADMIN}, {@code ａｄｍｉｎ} (full width) and {@code \u212Aai} (Kelvin sign)
 * name the accounts {@code admin} and {@code kai}, each with one throttle, while {@code admİn} (dotted capital I)
 * names no account at all. Stored names are ASCII (a database constraint), for which the database's key
 * {@code lower(username)} is the same.
 */
public final class UserNames {

	/** The longest key kept; longer input cannot name an account anyway. */
	public static final int MAX_LENGTH = 100;

	private UserNames() {
	}

	public static String key(String typed) {
		if (typed == null) {
			return "";
		}
		String folded = Normalizer.normalize(Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
		return folded.length() > MAX_LENGTH ? folded.substring(0, MAX_LENGTH) : folded;
	}

}
