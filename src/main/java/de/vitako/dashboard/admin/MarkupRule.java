package de.vitako.dashboard.admin;

import java.util.regex.Pattern;

/**
 * The one rule for texts the team enters, by form or by import: no markup. Texts are shown as text everywhere
 * (escaped), but markup in them is almost always a mistake or an attack: no {@code <} directly before a letter,
 * {@code /}, {@code !} or {@code ?}.
 */
public final class MarkupRule {

	/** The rule as a regular expression that the whole text must match ({@link AdminText}'s). */
	public static final String NO_MARKUP = "(?s)^(?!.*<[A-Za-z/!?]).*$";

	private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

	/** The message key that explains the rule. */
	public static final String MESSAGE = "admin.text.markup";

	private MarkupRule() {
	}

	/** Whether {@code text} breaks the rule. */
	public static boolean hasMarkup(String text) {
		return text != null && MARKUP.matcher(text).find();
	}

}
