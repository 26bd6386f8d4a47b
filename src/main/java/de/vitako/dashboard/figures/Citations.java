package de.vitako.dashboard.figures;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How to cite what a page or a data package shows: the publisher, the year, the release with its date, and the
 * permanent URL of exactly that release, in German or English.
 */
@Component
public class Citations {

	private final Messages messages;

	private final ZoneId zone;

	Citations(MessageSource messages, Clock clock) {
		this.messages = new Messages(messages);
		this.zone = clock.getZone();
	}

	/**
	 * The suggested citation.
	 * @param permanentUrl the absolute URL of what is cited, naming the release ({@code …?release=3})
	 */
	public String of(Release release, String permanentUrl, Locale locale) {
		Language language = Language.of(locale);
		// German citations give the day in figures, English ones in words
		String date = (language.english() ? language.longDate() : language.date())
			.format(release.publishedAt().atZone(this.zone));
		return this.messages.get("citation.text", language.locale(),
				String.valueOf(release.publishedAt().atZone(this.zone).getYear()), release.number(), date,
				permanentUrl);
	}

}
