package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import de.vitako.dashboard.dashboard.GrowthCalculator.Growth;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.YearTotal;
import de.vitako.dashboard.shared.Language;

import org.springframework.stereotype.Component;

/**
 * Formats figures and growth as German or English readers expect: {@code 196.900}, {@code 73,1 %},
 * {@code x 6,5}, {@code +42 %} in German; {@code 196,900}, {@code 73.1%}, {@code ×6.5}, {@code +42%} in English.
 */
@Component
class FigureFormatter {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final ZoneId zone;

	FigureFormatter(Clock clock) {
		this.zone = clock.getZone();
	}

	String number(BigDecimal value, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(language(locale)));
		return format.format(value);
	}

	String value(BigDecimal value, Unit unit, Locale locale) {
		return switch (unit) {
			case PERCENT -> percent(value, locale);
			case EURO -> euro(value, locale);
			case COUNT -> number(value, locale);
		};
	}

	/**
	 * A figure in a table, with its flag's sign as statistical tables print it: {@code 62.700 p}, and {@code •}
	 * for a confidential one; the legend under the table explains the signs.
	 */
	String flagged(FigureValue figure, Unit unit, Locale locale) {
		if (figure.confidential()) {
			return FigureStatus.CONFIDENTIAL.sign(locale);
		}
		String value = value(figure.value(), unit, locale);
		return (figure.status() == null) ? value : value + " " + figure.status().sign(locale);
	}

	/** A derived total in a table; {@code •} where a withheld part makes it unknown. */
	String total(YearTotal total, Unit unit, Locale locale) {
		return (total.value() == null) ? FigureStatus.CONFIDENTIAL.sign(locale) : value(total.value(), unit, locale);
	}

	/** A figure in a sentence, its flag in words: "62.700 (vorläufig)", "geheim gehalten". */
	String spoken(FigureValue figure, Unit unit, Locale locale) {
		return spoken(figure.content(), unit, locale);
	}

	/** A figure's content in words, as a release's list of changes shows it: "62.700 (vorläufig)". */
	String spoken(FigureContent figure, Unit unit, Locale locale) {
		if (figure.status() == FigureStatus.CONFIDENTIAL) {
			return figure.status().label(locale);
		}
		String value = value(figure.value(), unit, locale);
		return (figure.status() == null) ? value : value + " (" + figure.status().label(locale) + ")";
	}

	/** An amount with cents where it has any: {@code 1.234,50 €}, {@code €1,234.50}; {@code 1.200 €}. */
	String euro(BigDecimal value, Locale locale) {
		String pattern = value.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0";
		String amount = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(language(locale))).format(value);
		return isGerman(locale) ? amount + "\u00a0\u20ac" : "\u20ac" + amount;
	}

	String percent(BigDecimal value, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(language(locale)));
		return format.format(value) + (isGerman(locale) ? "\u00a0%" : "%");
	}

	/** Rounded to two significant digits, as the brochure's headlines are: 196.900 reads 200.000. */
	String headline(BigDecimal value, Locale locale) {
		BigDecimal rounded = value.signum() == 0 ? value : value.round(new MathContext(2, RoundingMode.HALF_UP));
		return number(rounded.setScale(Math.max(0, rounded.scale()), RoundingMode.UNNECESSARY), locale);
	}

	/** A factor to one decimal, a trailing zero dropped, with a multiplication sign: {@code ×14}, {@code ×6,5}. */
	String factor(BigDecimal factor, Locale locale) {
		return "\u00d7" + factorNumber(factor, locale);
	}

	/** The same as words, for screen readers, which read "×" as "x" or not at all: "14-fach", "14 times". */
	String spokenFactor(BigDecimal factor, Locale locale) {
		return factorNumber(factor, locale) + (isGerman(locale) ? "-fach" : " times");
	}

	private static String factorNumber(BigDecimal factor, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(language(locale)));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(factor);
	}

	/** A change in whole percent with its sign: {@code +42 %} / {@code +42%}. */
	String percentChange(BigDecimal percent, Locale locale) {
		BigDecimal whole = percent.setScale(0, RoundingMode.HALF_UP);
		String sign = whole.signum() > 0 ? "+" : (whole.signum() < 0 ? "\u2212" : "\u00b1");
		return sign + number(whole.abs(), locale) + (isGerman(locale) ? "\u00a0%" : "%");
	}

	/**
	 * A change in percent to one decimal with its sign: the growth table's change and yearly average, which must
	 * read alike (over one year they are the same number).
	 */
	String signedPercent(BigDecimal percent, Locale locale) {
		BigDecimal rounded = percent.setScale(1, RoundingMode.HALF_UP);
		String sign = rounded.signum() > 0 ? "+" : (rounded.signum() < 0 ? "\u2212" : "\u00b1");
		return sign + percent(rounded.abs(), locale);
	}

	/** A change in percentage points or units with its sign. */
	String signedChange(BigDecimal change, Unit unit, Locale locale) {
		String sign = change.signum() > 0 ? "+" : (change.signum() < 0 ? "\u2212" : "\u00b1");
		String magnitude = unit == Unit.PERCENT ? number(change.abs(), locale) + (isGerman(locale) ? "\u00a0Pp." : "\u00a0pp")
				: number(change.abs(), locale);
		return sign + magnitude;
	}

	/** A growth badge as a screen reader says it. */
	String spokenBadge(Growth growth, Locale locale) {
		if (growth.factor().isEmpty()) {
			return "";
		}
		return growth.readsAsFactor() ? spokenFactor(growth.factor().get(), locale)
				: percentChange(growth.percentChange().get(), locale);
	}

	/** The growth badge of a chart: a factor for large growth, else a percent change; empty from zero. */
	String badge(Growth growth, Locale locale) {
		if (growth.factor().isEmpty()) {
			return "";
		}
		return growth.readsAsFactor() ? factor(growth.factor().get(), locale)
				: percentChange(growth.percentChange().get(), locale);
	}

	/** A day as readers write it: {@code 26.11.2026} / {@code 26 Nov 2026}, in the association's time zone. */
	String date(Instant instant, Locale locale) {
		return Language.of(locale).date().format(instant.atZone(this.zone));
	}

	/** A time of day in the association's time zone, as both languages write it here: {@code 09:00}. */
	String time(Instant instant) {
		return TIME.format(instant.atZone(this.zone));
	}

	String date(LocalDate date, Locale locale) {
		return Language.of(locale).date().format(date);
	}

	static boolean isGerman(Locale locale) {
		return !Language.of(locale).english();
	}

	private static Locale language(Locale locale) {
		return isGerman(locale) ? Locale.GERMANY : Locale.UK;
	}

}
