package de.vitako.dashboard.figures;

import java.util.Locale;

import de.vitako.dashboard.shared.Language;

/**
 * A text in German and English; German is the default.
 */
public record LocalizedText(String de, String en) {

	public String in(Locale locale) {
		return Language.of(locale).pick(this.de, this.en);
	}

}
