package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.survey.Questionnaire.Item;

import org.springframework.context.MessageSource;

/**
 * Writes answers as members read them, in their language: {@code 196.900} and {@code 73,1 %} in German, a rating
 * with its word, "keine Angabe" for a declined answer.
 */
public final class AnswerFormat {

	private static final Map<Locale, DecimalFormat> FORMATS = new ConcurrentHashMap<>();

	private AnswerFormat() {
	}

	/** A number as a form field shows it and reads it back: grouped, at most two decimals. */
	public static String number(BigDecimal value, Locale locale) {
		// a copy of the language's format: making one from its pattern costs more than the formatting
		return ((DecimalFormat) FORMATS.computeIfAbsent(locale,
				(language) -> new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(language)))
			.clone()).format(value);
	}

	/** An answer with its unit or its word; for none, a word saying so. */
	public static String answer(Item item, Answer answer, Locale locale, MessageSource messages) {
		if (answer == null) {
			return messages.getMessage("survey.answer.none", null, locale);
		}
		if (answer.declined()) {
			return messages.getMessage("survey.answer.declined", null, locale);
		}
		return switch (item.kind()) {
			case "rating" -> number(answer.value(), locale) + " – "
					+ messages.getMessage("survey.rating." + answer.value().intValue(), null, locale);
			case "choice" -> messages.getMessage(BigDecimal.ONE.equals(answer.value()) ? "survey.answer.chosen"
					: "survey.answer.notChosen", null, locale);
			default -> number(answer.value(), locale) + unit(item);
		};
	}

	/** The answers of a questionnaire as lines of plain text: each question, then its answers. */
	public static String summary(Questionnaire questionnaire, Locale locale, MessageSource messages) {
		List<String> lines = new ArrayList<>();
		for (Item item : questionnaire.items()) {
			lines.add(item.number() + ". " + item.metric().label().in(locale));
			if (item.kind().equals("choice")) {
				List<Answer> answers = item.keys().stream().map((key) -> questionnaire.answers().get(key)).toList();
				String chosen = item.metric().segments().stream()
					.filter((segment) -> BigDecimal.ONE.equals(value(questionnaire.answers().get(item.key(segment)))))
					.map((segment) -> segment.label().in(locale))
					.findFirst()
					.orElseGet(() -> messages.getMessage(answers.stream().allMatch((a) -> a != null && a.declined())
							? "survey.answer.declined" : "survey.answer.none", null, locale));
				lines.add("   " + chosen);
				continue;
			}
			for (SegmentInfo segment : item.metric().segments()) {
				Answer answer = questionnaire.answers().get(item.key(segment));
				lines.add("   " + segment.label().in(locale) + ": " + answer(item, answer, locale, messages)
						+ ((answer != null && answer.note() != null) ? " (" + answer.note() + ")" : ""));
			}
		}
		return String.join("\n", lines);
	}

	private static BigDecimal value(Answer answer) {
		return (answer != null) ? answer.value() : null;
	}

	private static String unit(Item item) {
		if (item.metric().unit() == Unit.PERCENT) {
			return "\u00a0%";
		}
		return (item.metric().unit() == Unit.EURO) ? "\u00a0€" : "";
	}

}
