package de.vitako.dashboard.admin;

import java.security.Principal;

import jakarta.validation.Valid;

import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.draft.FigureConflictException;
import de.vitako.dashboard.figures.draft.FigureEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deletes one figure after a confirmation page, unless it changed since that page was shown.
 */
@Controller
@RequestMapping("/admin/figures/{id:[1-9]\\d{0,17}}/delete")
class FigureDeletionController {

	private final FigureLookup lookup;

	private final FigureEditor editor;

	FigureDeletionController(FigureLookup lookup, FigureEditor editor) {
		this.lookup = lookup;
		this.editor = editor;
	}

	@GetMapping
	String confirm(@PathVariable long id, Model model) {
		FigureValue figure = this.lookup.figure(id);
		model.addAttribute("form", new DeleteForm(figure.version(), ""));
		return view(figure, model);
	}

	@PostMapping
	String delete(@PathVariable long id, @Valid @ModelAttribute("form") DeleteForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		FigureValue figure = this.lookup.figure(id);
		long version = AdminForms.requireVersion(form.version());
		if (result.hasErrors()) {
			return view(figure, model);
		}
		try {
			this.editor.delete(id, version, form.reason(), principal.getName());
		}
		catch (FigureConflictException conflict) {
			model.addAttribute("conflict", conflict);
			model.addAttribute("form", new DeleteForm(conflict.current().version(), form.reason()));
			return view(conflict.current(), model);
		}
		return AdminForms.toList(redirect, "admin.deleted", figure.metric());
	}

	private String view(FigureValue figure, Model model) {
		model.addAttribute("figure", figure);
		model.addAttribute("metric", this.lookup.metricInfo(figure.metric()));
		return "admin/delete";
	}

}
