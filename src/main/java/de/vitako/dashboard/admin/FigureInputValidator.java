package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.Locale;

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
			value(form.value(), "value", errors);
			page(form.sourcePage(), errors);
		}
		else if (target instanceof NewYearForm form) {
			if (NumberInput.year(form.year()) == null) {
				errors.rejectValue("year", "admin.year.invalid");
			}
			int values = form.values() == null ? 0 : form.values().size();
			for (int i = 0; i < values; i++) {
				String typed = form.value(i);
				if (typed != null && !typed.isBlank()) {
					value(typed, "values[" + i + "]", errors);
				}
			}
			page(form.sourcePage(), errors);
		}
	}

	/** The value of a field that passed validation. */
	BigDecimal parsed(String typed) {
		return NumberInput.parse(typed, this.locale).value();
	}

	private void value(String typed, String field, Errors errors) {
		Result checked = NumberInput.value(typed, this.unit, this.locale);
		if (!checked.ok()) {
			errors.rejectValue(field, checked.problem());
		}
	}

	private static void page(String typed, Errors errors) {
		Integer page = NumberInput.page(typed);
		if (page != null && page < 0) {
			errors.rejectValue("sourcePage", "admin.sourcePage.invalid");
		}
	}

}
