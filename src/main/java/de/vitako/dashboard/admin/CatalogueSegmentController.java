package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
 * A metric's segments: added on the metric's page, relabelled on their own page, moved, retired, reinstated or
 * deleted. The code of a segment is fixed once it exists.
 */
@Controller
@RequestMapping("/admin/catalogue/{code}/segments")
class CatalogueSegmentController {

	private final CatalogueEditor editor;

	private final CatalogueResponses responses;

	CatalogueSegmentController(CatalogueEditor editor, CatalogueResponses responses) {
		this.editor = editor;
		this.responses = responses;
	}

	@PostMapping
	String add(@PathVariable String code, @Validated @ModelAttribute("segmentForm") SegmentForm form,
			BindingResult result, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		CatalogueEntry entry = this.responses.entry(code);
		long version = AdminForms.requireVersion(form.version());
		if (!result.hasErrors()) {
			try {
				this.editor.addSegment(code, version, form.segmentCode().strip(), form.label(), principal.getName());
				this.responses.success(redirect, "catalogue.segment.added", locale, form.label().in(locale));
				return "redirect:/admin/catalogue/" + code;
			}
			catch (CatalogueRefusedException refused) {
				CatalogueResponses.reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		// the metric's page again, with its form and the refused segment
		model.addAttribute("form", MetricForm.of(entry));
		return this.responses.metricPage(entry, model);
	}

	@GetMapping("/{segment}")
	String show(@PathVariable String code, @PathVariable String segment, Model model) {
		CatalogueEntry entry = this.responses.entry(code);
		CatalogueEntry.SegmentEntry found = CatalogueResponses.segment(entry, segment);
		model.addAttribute("segmentForm",
				new SegmentForm(found.code(), found.label().de(), found.label().en(), entry.version()));
		return view(entry, found, model);
	}

	@PostMapping("/{segment}")
	String relabel(@PathVariable String code, @PathVariable String segment,
			@Validated @ModelAttribute("segmentForm") SegmentForm form, BindingResult result, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		CatalogueEntry entry = this.responses.entry(code);
		CatalogueEntry.SegmentEntry found = CatalogueResponses.segment(entry, segment);
		long version = AdminForms.requireVersion(form.version());
		// the code is fixed; only the labels change
		if (result.getFieldErrorCount() == result.getFieldErrorCount("segmentCode")) {
			try {
				this.editor.relabelSegment(code, version, segment, form.label(), principal.getName());
				this.responses.success(redirect, "catalogue.saved", locale);
				return "redirect:/admin/catalogue/" + code;
			}
			catch (CatalogueRefusedException refused) {
				CatalogueResponses.reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view(entry, found, model);
	}

	/** Moves a segment one place up ({@code direction} -1) or down (1) in its metric. */
	@PostMapping("/{segment}/move")
	String move(@PathVariable String code, @PathVariable String segment, @RequestParam long version,
			@RequestParam(defaultValue = "0") int direction, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		return this.responses.act(
				() -> this.editor.moveSegment(code, version, segment, direction, principal.getName()),
				"catalogue.moved", locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	@PostMapping("/{segment}/retire")
	String retire(@PathVariable String code, @PathVariable String segment, @RequestParam long version,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		return this.responses.act(() -> this.editor.retireSegment(code, version, segment, principal.getName()),
				"catalogue.retired", locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	@PostMapping("/{segment}/reinstate")
	String reinstate(@PathVariable String code, @PathVariable String segment, @RequestParam long version,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		return this.responses.act(() -> this.editor.reinstateSegment(code, version, segment, principal.getName()),
				"catalogue.reinstated", locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	@PostMapping("/{segment}/delete")
	String delete(@PathVariable String code, @PathVariable String segment, @RequestParam long version,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		return this.responses.act(() -> this.editor.deleteSegment(code, version, segment, principal.getName()),
				"catalogue.deleted", locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	private static String view(CatalogueEntry entry, CatalogueEntry.SegmentEntry segment, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("segment", segment);
		return "admin/catalogue-segment";
	}

}
