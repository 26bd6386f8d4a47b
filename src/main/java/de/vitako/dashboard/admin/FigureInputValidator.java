package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.Locale;

import de.vitako.dashboard.admin.NumberInput.Result;
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

	/** A message whose examples fit the field: a count gets whole numbers as examples, never "73,1". */
	private String forUnit(String problem) {
		if (this.unit != Unit.COUNT) {
			return problem;
		}
		return switch (problem) {
			case "admin.value.notANumber", "admin.value.ambiguous" -> problem + ".count";
			case "admin.value.tooManyDecimals" -> "admin.value.wholeNumber";
			default -> problem;
		};
	}

	/** The value of a field that passed validation. */
	BigDecimal parsed(String typed) {
		return NumberInput.parse(typed, this.locale).value();
	}

	private void value(String typed, String field, Errors errors) {
		Result parsed = NumberInput.parse(typed, this.locale);
		if (!parsed.ok()) {
			errors.rejectValue(field, forUnit(parsed.problem()));
		}
		else if (this.unit == Unit.COUNT && parsed.value().stripTrailingZeros().scale() > 0) {
			errors.rejectValue(field, "admin.value.wholeNumber");
		}
		else if (this.unit == Unit.PERCENT && parsed.value().compareTo(BigDecimal.valueOf(100)) > 0) {
			errors.rejectValue(field, "admin.value.percentOver100");
		}
	}

	private static void page(String typed, Errors errors) {
		Integer page = NumberInput.page(typed);
		if (page != null && page < 0) {
			errors.rejectValue("sourcePage", "admin.sourcePage.invalid");
		}
	}

}
