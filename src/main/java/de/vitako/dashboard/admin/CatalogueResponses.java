package de.vitako.dashboard.admin;

import java.util.Locale;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.catalogue.CatalogueEditor;
import de.vitako.dashboard.figures.catalogue.CatalogueEntry;
import de.vitako.dashboard.figures.catalogue.CatalogueHistory;
import de.vitako.dashboard.figures.catalogue.CatalogueRefusedException;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the catalogue's controllers share: a change carried out with its message (or the reason it was refused) for
 * the next page, a refusal put on the form's field, a metric's page, and a metric or segment looked up or answered
 * with 404.
 */
@Component
class CatalogueResponses {

	private final CatalogueEditor editor;

	private final Messages messages;

	private final CatalogueHistory history;

	CatalogueResponses(CatalogueEditor editor, CatalogueHistory history, MessageSource messages) {
		this.editor = editor;
		this.history = history;
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

	/** A metric's page: its form, its segments and its recent history. */
	String metricPage(CatalogueEntry entry, Model model) {
		choices(model);
		model.addAttribute("entry", entry);
		model.addAttribute("history", this.history.latest(entry.code(), 20));
		return "admin/catalogue-metric";
	}

	/** What a metric's form offers: the units and the kinds of chart. */
	static void choices(Model model) {
		model.addAttribute("units", Unit.values());
		model.addAttribute("chartKinds", ChartKind.values());
	}

	CatalogueEntry entry(String code) {
		return this.editor.entry(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	static CatalogueEntry.SegmentEntry segment(CatalogueEntry entry, String code) {
		return entry.segment(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
