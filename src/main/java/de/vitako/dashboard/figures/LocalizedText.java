package de.vitako.dashboard.figures;

import java.util.Locale;

/**
 * A text in German and English; German is the default.
 */
public record LocalizedText(String de, String en) {

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.en : this.de;
	}

}
