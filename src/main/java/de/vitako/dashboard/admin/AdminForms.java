package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.Locale;

import de.vitako.dashboard.shared.Language;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the admin forms share: the redirect back to a metric's figures and how values go into a form.
 */
final class AdminForms {

	private AdminForms() {
	}

	/** Post-redirect-get back to the metric's list, with a keyed message. */
	static String toList(RedirectAttributes redirect, String message, String metric) {
		redirect.addFlashAttribute("message", message);
		redirect.addAttribute("metric", metric);
		return "redirect:/admin/figures?metric={metric}";
	}

	/** A form without the version it was opened with was tampered with: refuse it, store nothing. */
	static long requireVersion(Long version) {
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return version;
	}

	/** A stored value as the admin would type it: {@code 73,1} in German, {@code 73.1} in English. */
	static String input(BigDecimal value, Locale locale) {
		if (value == null) {
			// a confidential figure: an empty field
			return "";
		}
		String plain = value.stripTrailingZeros().toPlainString();
		return Language.of(locale).english() ? plain : plain.replace('.', ',');
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
