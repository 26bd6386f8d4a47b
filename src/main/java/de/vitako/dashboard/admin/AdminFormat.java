package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureBasis;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.shared.Language;

import org.springframework.stereotype.Component;

/**
 * Dates and numbers in the admin pages, in the admin's language and the association's time zone.
 */
@Component("adminFormat")
public class AdminFormat {

	private final ZoneId zone;

	AdminFormat(Clock clock) {
		this.zone = clock.getZone();
	}

	/** A count as the admin's language writes it: {@code 1.234} / {@code 1,234}. */
	public String count(long value) {
		return number(BigDecimal.valueOf(value));
	}

	/** A value as the admin reads numbers: {@code 164.400} and {@code 73,1} in German, {@code 164,400} in English. */
	public String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Language.current().english() ? Locale.UK : Locale.GERMANY);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/**
	 * A figure's value with its flag named, as the team reads it in lists, diffs and the history: {@code 62.700},
	 * {@code 62.700 (vorläufig)}, {@code • (geheim gehalten)}.
	 */
	public String figure(FigureContent figure) {
		return flagged(figure.value(), figure.status()) + basis(figure.basis());
	}

	/** A stored figure's value with its flag named; see {@link #figure(FigureContent)}. */
	public String figure(FigureValue figure) {
		return flagged(figure.value(), figure.status()) + basis(figure.basis());
	}

	/** What a survey's figure rests on, after its value: {@code  · n = 39 von 52}; nothing for other figures. */
	private String basis(FigureBasis basis) {
		if (basis == null) {
			return "";
		}
		return " · n = " + count(basis.respondents()) + (Language.current().english() ? " of " : " von ")
				+ count(basis.invited());
	}

	private String flagged(BigDecimal value, FigureStatus status) {
		if (status == null) {
			return number(value);
		}
		Locale locale = Language.current().locale();
		String shown = status.confidential() ? status.sign(locale) : number(value);
		return shown + " (" + status.label(locale) + ")";
	}

	/** A date as the admin's language writes it: {@code 01.03.2021} / {@code 1 Mar 2021}. */
	public String date(LocalDate date) {
		return Language.current().date().format(date);
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return Language.current().dateTime().format(instant.atZone(this.zone));
	}

}
