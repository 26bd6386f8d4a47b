package de.vitako.dashboard.admin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.catalogue.CatalogueRefusedException;
import de.vitako.dashboard.figures.catalogue.SourceEntry;
import de.vitako.dashboard.figures.catalogue.SourceRegistry;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry of source documents: the list with how many figures name each, a new source, and per source its
 * title, publisher, date, URL and licence, or its deletion while no figure names it.
 */
@Controller
@RequestMapping("/admin/sources")
class SourceController {

	private final SourceRegistry registry;

	private final Messages messages;

	SourceController(SourceRegistry registry, MessageSource messages) {
		this.registry = registry;
		this.messages = new Messages(messages);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", SourceForm.empty());
		return list(model, null);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") SourceForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form.dateInvalid()) {
			result.rejectValue("publishedOn", "source.date.invalid");
		}
		if (!result.hasErrors()) {
			try {
				long id = this.registry.add(form.info());
				redirect.addFlashAttribute("success", this.messages.get("source.added", locale, form.info().title()));
				return "redirect:/admin/sources/" + id;
			}
			catch (CatalogueRefusedException refused) {
				result.rejectValue("title", refused.key(), refused.arguments(), null);
			}
		}
		return list(model, response);
	}

	@GetMapping("/{id:[1-9]\\d{0,17}}")
	String show(@PathVariable long id, Model model) {
		SourceEntry entry = entry(id);
		model.addAttribute("form", SourceForm.of(entry));
		model.addAttribute("entry", entry);
		return "admin/source";
	}

	@PostMapping("/{id:[1-9]\\d{0,17}}")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") SourceForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		SourceEntry entry = entry(id);
		long version = AdminForms.requireVersion(form.version());
		if (form.dateInvalid()) {
			result.rejectValue("publishedOn", "source.date.invalid");
		}
		if (!result.hasErrors()) {
			try {
				this.registry.update(id, version, form.info());
				redirect.addFlashAttribute("success", this.messages.get("catalogue.saved", locale));
				return "redirect:/admin/sources/" + id;
			}
			catch (CatalogueRefusedException refused) {
				if (refused.field() != null) {
					result.rejectValue(refused.field(), refused.key(), refused.arguments(), null);
				}
				else {
					result.reject(refused.key(), refused.arguments(), null);
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("entry", entry);
		return "admin/source";
	}

	@PostMapping("/{id:[1-9]\\d{0,17}}/delete")
	String delete(@PathVariable long id, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
		try {
			this.registry.delete(id, version);
			redirect.addFlashAttribute("success", this.messages.get("catalogue.deleted", locale));
			return "redirect:/admin/sources";
		}
		catch (CatalogueRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
			return "redirect:/admin/sources/" + id;
		}
	}

	private String list(Model model, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("sources", this.registry.all());
		return "admin/sources";
	}

	private SourceEntry entry(long id) {
		return this.registry.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
