package de.vitako.dashboard.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import de.vitako.dashboard.shared.Language;

/**
 * Reads numbers as admins type them: {@code 73,1} and {@code 1.234,5} in the German form, {@code 73.1} and
 * {@code 1,234.5} in the English one. What could be read two ways ({@code 1.5} in German: 1,5 or 15?) is
 * refused with a message rather than guessed; so are signs, exponents, {@code NaN} and numbers too large to store.
 */
public final class NumberInput {

	/** Digits before the decimal separator that the database column holds. */
	private static final int MAX_INTEGER_DIGITS = 13;

	private static final int MAX_DECIMALS = 2;

	private static final Pattern GERMAN_PLAIN = Pattern.compile("\\d+(,\\d+)?");

	private static final Pattern GERMAN_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern GERMAN_AMBIGUOUS = Pattern.compile("\\d+\\.\\d+");

	private static final Pattern ENGLISH_PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

	private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern ENGLISH_AMBIGUOUS = Pattern.compile("\\d+,\\d+");

	private NumberInput() {
	}

	/**
	 * @return the number, or the message key of the problem
	 */
	public static Result parse(String input, Locale locale) {
		if (input == null || input.isBlank()) {
			return Result.problem("admin.value.required");
		}
		String text = input.strip().replace('\u00a0', ' ').replace(" ", "");
		if (text.startsWith("-") || text.startsWith("\u2212")) {
			return Result.problem("admin.value.negative");
		}
		boolean german = !Language.of(locale).english();
		String canonical;
		if ((german ? GERMAN_PLAIN : ENGLISH_PLAIN).matcher(text).matches()
				|| (german ? GERMAN_GROUPED : ENGLISH_GROUPED).matcher(text).matches()) {
			canonical = german ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
		}
		else if ((german ? GERMAN_AMBIGUOUS : ENGLISH_AMBIGUOUS).matcher(text).matches()) {
			return Result.problem("admin.value.ambiguous");
		}
		else {
			return Result.problem("admin.value.notANumber");
		}
		BigDecimal value = new BigDecimal(canonical);
		if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
			return Result.problem("admin.value.tooManyDecimals");
		}
		if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			return Result.problem("admin.value.tooLarge");
		}
		return new Result(value, null);
	}

	/**
	 * A figure's value for its metric's unit, as the forms and the import check it: a number in the language's
	 * form, whole for a count, at most 100 for a percentage; the message keys fit the unit (a count's examples are
	 * whole numbers).
	 */
	public static Result value(String input, Unit unit, Locale locale) {
		Result parsed = parse(input, locale);
		if (!parsed.ok()) {
			return Result.problem(unit != Unit.COUNT ? parsed.problem() : switch (parsed.problem()) {
				case "admin.value.notANumber", "admin.value.ambiguous" -> parsed.problem() + ".count";
				case "admin.value.tooManyDecimals" -> "admin.value.wholeNumber";
				default -> parsed.problem();
			});
		}
		if (unit == Unit.COUNT && parsed.value().stripTrailingZeros().scale() > 0) {
			return Result.problem("admin.value.wholeNumber");
		}
		if (unit == Unit.PERCENT && parsed.value().compareTo(BigDecimal.valueOf(100)) > 0) {
			return Result.problem("admin.value.percentOver100");
		}
		return parsed;
	}

	/** A year between 1990 and 2100, as the database allows. */
	public static Integer year(String input) {
		if (input == null || !input.strip().matches("\\d{1,6}")) {
			return null;
		}
		int year = Integer.parseInt(input.strip());
		return (year < 1990 || year > 2100) ? null : year;
	}

	/** An optional page number: empty, or 1 to 9999; {@code -1} when invalid. */
	public static Integer page(String input) {
		if (input == null || input.isBlank()) {
			return null;
		}
		if (!input.strip().matches("\\d{1,4}") || Integer.parseInt(input.strip()) == 0) {
			return -1;
		}
		return Integer.parseInt(input.strip());
	}

	public record Result(BigDecimal value, String problem) {

		static Result problem(String key) {
			return new Result(null, key);
		}

		public boolean ok() {
			return this.problem == null;
		}

	}

}
