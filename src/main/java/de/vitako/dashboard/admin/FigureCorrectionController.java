package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;

import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.draft.FigureConflictException;
import de.vitako.dashboard.figures.draft.FigureEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corrects one figure: its value, source and note, checked for plausibility and against a concurrent change.
 */
@Controller
@RequestMapping("/admin/figures/{id:[1-9]\\d{0,17}}/edit")
class FigureCorrectionController {

	private final FigureLookup lookup;

	private final FigureEditor editor;

	private final PlausibilityCheck plausibility;

	FigureCorrectionController(FigureLookup lookup, FigureEditor editor, PlausibilityCheck plausibility) {
		this.lookup = lookup;
		this.editor = editor;
		this.plausibility = plausibility;
	}

	@InitBinder("form")
	void readNumbers(WebDataBinder binder, @PathVariable long id, Locale locale) {
		binder.addValidators(new FigureInputValidator(unitOf(id), locale));
	}

	@GetMapping
	String edit(@PathVariable long id, Model model, Locale locale) {
		FigureValue figure = this.lookup.figure(id);
		model.addAttribute("form", new FigureForm(AdminForms.input(figure.value(), locale),
				(figure.status() != null) ? figure.status().code() : "", figure.sourceTitle(),
				figure.sourcePage() == null ? "" : String.valueOf(figure.sourcePage()), figure.note(), figure.noteEn(),
				"", figure.version(), false));
		return view(figure, model);
	}

	@PostMapping
	String correct(@PathVariable long id, @Valid @ModelAttribute("form") FigureForm form, BindingResult result,
			Model model, Locale locale, Principal principal, RedirectAttributes redirect) {
		FigureValue figure = this.lookup.figure(id);
		long version = AdminForms.requireVersion(form.version());
		// a new or changed German note needs its English text; one that stays as it was may stay alone
		String note = AdminForms.blankToNull(form.note());
		if (!Objects.equals(note, figure.note())) {
			FigureInputValidator.notes(form.note(), form.noteEn(), true, result);
		}
		if (result.hasErrors()) {
			return view(figure, model);
		}
		MetricData data = this.lookup.metricData(figure.metric());
		FigureStatus status = FigureInputValidator.status(form.status());
		BigDecimal value = new FigureInputValidator(data.metric().unit(), locale).parsed(form.value(), status);
		if (value != null && !Boolean.TRUE.equals(form.confirmed())) {
			List<String> warnings = this.plausibility.warnings(data, figure.year(), Map.of(figure.segment(), value),
					locale);
			if (!warnings.isEmpty()) {
				model.addAttribute("warnings", warnings);
				return view(figure, model);
			}
		}
		boolean changed;
		try {
			changed = this.editor.correct(id, version, form.content(value), form.reason(), principal.getName());
		}
		catch (FigureConflictException conflict) {
			FigureValue current = conflict.current();
			model.addAttribute("conflict", conflict);
			model.addAttribute("form", new FigureForm(form.value(), form.status(), form.sourceTitle(),
					form.sourcePage(), form.note(), form.noteEn(), form.reason(), current.version(), form.confirmed()));
			return view(current, model);
		}
		return AdminForms.toList(redirect, changed ? "admin.saved" : "admin.unchanged", figure.metric());
	}

	private Unit unitOf(long id) {
		return this.lookup.metricInfo(this.lookup.figure(id).metric()).unit();
	}

	private String view(FigureValue figure, Model model) {
		model.addAttribute("figure", figure);
		model.addAttribute("metric", this.lookup.metricInfo(figure.metric()));
		return "admin/edit";
	}

}
