package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.NumberInput.Result;
import de.vitako.dashboard.figures.Unit;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Reads the number fields of the figure forms as the admin typed them, in the admin's language and for the
 * metric's unit, and rejects what cannot be stored with a message on its field. Bound to the forms with
 * {@code @InitBinder}, so that {@code @Valid} checks them with the texts' constraints.
 */
class FigureInputValidator implements Validator {

	private final Unit unit;

	private final Locale locale;

	FigureInputValidator(Unit unit, Locale locale) {
		this.unit = unit;
		this.locale = locale;
	}

	@Override
	public boolean supports(Class<?> type) {
		return FigureForm.class.equals(type) || NewYearForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target instanceof FigureForm form) {
			if (checkStatus(form.status(), "status", errors)) {
				value(form.value(), status(form.status()), "value", errors);
			}
			page(form.sourcePage(), errors);
			// a German note alone may stay as it is (an import brought it); a new one needs its English text, which
			// the controller checks against the stored note
			notes(form.note(), form.noteEn(), false, errors);
		}
		else if (target instanceof NewYearForm form) {
			if (NumberInput.year(form.year()) == null) {
				errors.rejectValue("year", "admin.year.invalid");
			}
			int values = Math.max(form.values().size(), form.statuses().size());
			for (int i = 0; i < values; i++) {
				String typed = form.value(i);
				String status = (i < form.statuses().size()) ? form.statuses().get(i) : null;
				if (!checkStatus(status, "statuses[" + i + "]", errors)) {
					continue;
				}
				if ((typed != null && !typed.isBlank()) || status(status) != null) {
					value(typed, status(status), "values[" + i + "]", errors);
				}
			}
			page(form.sourcePage(), errors);
			notes(form.note(), form.noteEn(), true, errors);
		}
	}

	/** A note is shown in both languages: one without the other is asked for on the empty field. */
	static void notes(String german, String english, boolean englishNeeded, Errors errors) {
		boolean hasGerman = german != null && !german.isBlank();
		boolean hasEnglish = english != null && !english.isBlank();
		if (englishNeeded && hasGerman && !hasEnglish && !errors.hasFieldErrors("noteEn")) {
			errors.rejectValue("noteEn", "admin.note.english");
		}
		if (hasEnglish && !hasGerman && !errors.hasFieldErrors("note")) {
			errors.rejectValue("note", "admin.note.german");
		}
	}

	/** The value of a field that passed validation; none for a confidential figure. */
	BigDecimal parsed(String typed, FigureStatus status) {
		return (status == FigureStatus.CONFIDENTIAL) ? null : NumberInput.parse(typed, this.locale).value();
	}

	/** The flag of a code that passed validation; {@code null} for none (an empty choice). */
	static FigureStatus status(String code) {
		return (code == null || code.isBlank()) ? null : FigureStatus.fromCode(code);
	}

	/** A confidential figure has no number; every other one needs one. */
	private void value(String typed, FigureStatus status, String field, Errors errors) {
		if (status == FigureStatus.CONFIDENTIAL) {
			if (typed != null && !typed.isBlank()) {
				errors.rejectValue(field, "admin.value.confidential");
			}
			return;
		}
		Result checked = NumberInput.value(typed, this.unit, this.locale);
		if (!checked.ok()) {
			errors.rejectValue(field, checked.problem());
		}
	}

	/** Whether a flag's code is empty or one of the list; a forged one is refused on its field. */
	private static boolean checkStatus(String code, String field, Errors errors) {
		if (code == null || code.isBlank()
				|| FigureStatus.all().stream().anyMatch((s) -> s.code().equals(code))) {
			return true;
		}
		errors.rejectValue(field, "admin.status.invalid");
		return false;
	}

	private static void page(String typed, Errors errors) {
		Integer page = NumberInput.page(typed);
		if (page != null && page < 0) {
			errors.rejectValue("sourcePage", "admin.sourcePage.invalid");
		}
	}

}
