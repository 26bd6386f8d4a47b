package de.vitako.dashboard.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The two languages of the site, decided once from a request's locale (anything but English is German), with the
 * date formats each one's readers expect: {@code 07.12.2026} and {@code 7 Dec 2026}, British English as the
 * European institutions write it.
 */
public enum Language {

	GERMAN(Locale.GERMAN, Locale.GERMANY),

	ENGLISH(Locale.ENGLISH, Locale.UK);

	/** The cookie that keeps a visitor's choice of language ({@code ?lang=en}) on the pages. */
	public static final String COOKIE = "vitako-lang";

	private final Locale locale;

	private final DateTimeFormatter date;

	private final DateTimeFormatter longDate;

	private final DateTimeFormatter dateTime;

	Language(Locale locale, Locale formats) {
		this.locale = locale;
		this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats);
		this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(formats);
		this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(formats);
	}

	/** The language of a locale: English for any English one, German for every other. */
	public static Language of(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? ENGLISH : GERMAN;
	}

	/** The language of the request being answered. */
	public static Language current() {
		return of(LocaleContextHolder.getLocale());
	}

	public boolean english() {
		return this == ENGLISH;
	}

	/** The language's locale without a country ({@code de}, {@code en}), as messages and labels are keyed. */
	public Locale locale() {
		return this.locale;
	}

	/** A date in figures: {@code 07.12.2026}, {@code 7 Dec 2026} (zone it first). */
	public DateTimeFormatter date() {
		return this.date;
	}

	/** A date in words: {@code 7. Dezember 2026}, {@code 7 December 2026}. */
	public DateTimeFormatter longDate() {
		return this.longDate;
	}

	/** A date with its time to the second: {@code 07.12.2026, 00:31:24}, {@code 7 Dec 2026, 00:31:24}. */
	public DateTimeFormatter dateTime() {
		return this.dateTime;
	}

	/** The word of this language: {@code german} or {@code english}. */
	public String pick(String german, String english) {
		return english() ? english : german;
	}

}
