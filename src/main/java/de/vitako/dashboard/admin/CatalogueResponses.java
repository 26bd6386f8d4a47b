package de.vitako.dashboard.admin;

import java.util.Locale;

import de.vitako.dashboard.figures.catalogue.CatalogueEditor;
import de.vitako.dashboard.figures.catalogue.CatalogueEntry;
import de.vitako.dashboard.figures.catalogue.CatalogueRefusedException;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the catalogue's controllers share: a change carried out with its message (or the reason it was refused) for
 * the next page, a refusal put on the form's field, and a metric or segment looked up or answered with 404.
 */
@Component
class CatalogueResponses {

	private final CatalogueEditor editor;

	private final Messages messages;

	CatalogueResponses(CatalogueEditor editor, MessageSource messages) {
		this.editor = editor;
		this.messages = new Messages(messages);
	}

	/** Carries out {@code change}, says so (or why not) on the next page, and redirects to {@code target}. */
	String act(Runnable change, String done, Locale locale, RedirectAttributes redirect, String target) {
		try {
			change.run();
			redirect.addFlashAttribute("success", this.messages.get(done, locale));
		}
		catch (CatalogueRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return target;
	}

	/** A message for the next page: {@code key} with {@code arguments}. */
	void success(RedirectAttributes redirect, String key, Locale locale, Object... arguments) {
		redirect.addFlashAttribute("success", this.messages.get(key, locale, arguments));
	}

	/** A refused change, on the field it concerns or on the whole form. */
	static void reject(BindingResult result, CatalogueRefusedException refused) {
		if (refused.field() != null) {
			result.rejectValue(refused.field(), refused.key(), refused.arguments(), null);
		}
		else {
			result.reject(refused.key(), refused.arguments(), null);
		}
	}

	CatalogueEntry entry(String code) {
		return this.editor.entry(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static CatalogueEntry.SegmentEntry segment(CatalogueEntry entry, String code) {
		return entry.segment(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
