package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import de.vitako.dashboard.figures.catalogue.CatalogueEditor;
import de.vitako.dashboard.figures.catalogue.CatalogueEntry;
import de.vitako.dashboard.figures.catalogue.CatalogueRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A metric of the catalogue: a new one with its first segment, its labels, descriptions, unit and chart, its place
 * in the overview, its retirement, reinstatement or deletion, and its history.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueMetricController {

	private static final String LIST = "redirect:/admin/catalogue";

	private final CatalogueEditor editor;

	private final CatalogueResponses responses;

	CatalogueMetricController(CatalogueEditor editor, CatalogueResponses responses) {
		this.editor = editor;
		this.responses = responses;
	}

	@GetMapping("/new")
	String newMetric(Model model) {
		model.addAttribute("form", MetricForm.empty());
		return creation(model);
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, MetricForm.Creation.class }) @ModelAttribute("form") MetricForm form,
			BindingResult result, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				String before = (form.before() == null || form.before().isBlank()) ? null : form.before();
				this.editor.create(form.definition(), form.segmentCode().strip(), form.segmentLabel(), before,
						principal.getName());
				this.responses.success(redirect, "catalogue.created", locale, form.definition().label().in(locale));
				return "redirect:/admin/catalogue/" + form.code().strip();
			}
			catch (CatalogueRefusedException refused) {
				CatalogueResponses.reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return creation(model);
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		CatalogueEntry entry = this.responses.entry(code);
		model.addAttribute("form", MetricForm.of(entry));
		model.addAttribute("segmentForm", SegmentForm.empty(entry.version()));
		return this.responses.metricPage(entry, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Validated @ModelAttribute("form") MetricForm form,
			BindingResult result, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		CatalogueEntry entry = this.responses.entry(code);
		long version = AdminForms.requireVersion(form.version());
		// the code is fixed: the form shows it but does not change it
		MetricForm fixed = new MetricForm(code, form.labelDe(), form.labelEn(), form.descriptionDe(),
				form.descriptionEn(), form.unit(), form.segmentsAddUp(), form.partsOfWhole(), form.chartKind(), "",
				"", "", "", version);
		if (result.getFieldErrorCount() == result.getFieldErrorCount("code") && !result.hasGlobalErrors()) {
			try {
				this.editor.edit(fixed.definition(), version, principal.getName());
				this.responses.success(redirect, "catalogue.saved", locale);
				return "redirect:/admin/catalogue/" + code;
			}
			catch (CatalogueRefusedException refused) {
				CatalogueResponses.reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("segmentForm", SegmentForm.empty(entry.version()));
		return this.responses.metricPage(entry, model);
	}

	/** Moves a metric one place up ({@code direction} -1) or down (1) in the overview. */
	@PostMapping("/{code}/move")
	String move(@PathVariable String code, @RequestParam long version, @RequestParam(defaultValue = "0") int direction,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		return this.responses.act(() -> this.editor.move(code, version, direction, principal.getName()),
				"catalogue.moved", locale, redirect, LIST);
	}

	@PostMapping("/{code}/retire")
	String retire(@PathVariable String code, @RequestParam long version, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		return this.responses.act(() -> this.editor.retire(code, version, principal.getName()), "catalogue.retired",
				locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	@PostMapping("/{code}/reinstate")
	String reinstate(@PathVariable String code, @RequestParam long version, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		return this.responses.act(() -> this.editor.reinstate(code, version, principal.getName()),
				"catalogue.reinstated", locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	/** Deletes a metric that has no figures and was never published; a refusal shows on the metric's page. */
	@PostMapping("/{code}/delete")
	String delete(@PathVariable String code, @RequestParam long version, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		String done = this.responses.act(() -> this.editor.delete(code, version, principal.getName()),
				"catalogue.deleted", locale, redirect, LIST);
		return redirect.getFlashAttributes().containsKey("problem") ? "redirect:/admin/catalogue/" + code : done;
	}

	private String creation(Model model) {
		CatalogueResponses.choices(model);
		model.addAttribute("entries", this.editor.entries().stream().filter((e) -> !e.retired()).toList());
		return "admin/catalogue-new";
	}

}
