package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.survey.MemberAccounts;
import de.vitako.dashboard.survey.MemberEntry;
import de.vitako.dashboard.survey.MemberRegistry;
import de.vitako.dashboard.survey.SurveyRefusedException;

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
 * The member registry for admins: the organisations, a new one, and per organisation its details, its contacts,
 * and leaving or rejoining Vitako.
 */
@Controller
@RequestMapping("/admin/members")
class MemberController {

	private static final String ID = "/{id:[1-9]\\d{0,17}}";

	private final MemberRegistry registry;

	private final MemberAccounts accounts;

	private final PublicUrl publicUrl;

	private final Messages messages;

	MemberController(MemberRegistry registry, MemberAccounts accounts, PublicUrl publicUrl, MessageSource messages) {
		this.registry = registry;
		this.accounts = accounts;
		this.publicUrl = publicUrl;
		this.messages = new Messages(messages);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", MemberForm.empty());
		return list(model, null);
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
			Principal principal, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				long id = this.registry.add(form.details(), principal.getName());
				redirect.addFlashAttribute("success",
						this.messages.get("member.added", locale, form.details().shortName()));
				return "redirect:/admin/members/" + id;
			}
			catch (SurveyRefusedException refused) {
				reject(result, refused);
			}
		}
		return list(model, response);
	}

	@GetMapping(ID)
	String show(@PathVariable long id, Model model) {
		MemberEntry entry = entry(id);
		model.addAttribute("form", MemberForm.of(entry));
		model.addAttribute("contactForm", ContactForm.empty(entry.version()));
		model.addAttribute("entry", entry);
		return "admin/member";
	}

	@PostMapping(ID)
	String describe(@PathVariable long id, @Validated @ModelAttribute("form") MemberForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		MemberEntry entry = entry(id);
		long version = AdminForms.requireVersion(form.version());
		if (!result.hasErrors()) {
			try {
				this.registry.describe(id, version, form.details());
				redirect.addFlashAttribute("success", this.messages.get("catalogue.saved", locale));
				return "redirect:/admin/members/" + id;
			}
			catch (SurveyRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("contactForm", ContactForm.empty(entry.version()));
		model.addAttribute("entry", entry);
		return "admin/member";
	}

	@PostMapping(ID + "/contacts")
	String addContact(@PathVariable long id, @Validated @ModelAttribute("contactForm") ContactForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		MemberEntry entry = entry(id);
		long version = AdminForms.requireVersion(form.version());
		if (!result.hasErrors()) {
			try {
				this.registry.addContact(id, version, form.details());
				redirect.addFlashAttribute("success",
						this.messages.get("member.contact.added", locale, form.details().name()));
				return "redirect:/admin/members/" + id + "#contacts-title";
			}
			catch (SurveyRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("form", MemberForm.of(entry));
		model.addAttribute("entry", entry);
		return "admin/member";
	}

	@PostMapping(ID + "/contacts/{contactId:[1-9]\\d{0,17}}/remove")
	String removeContact(@PathVariable long id, @PathVariable long contactId, @RequestParam long version,
			Locale locale, RedirectAttributes redirect) {
		return act(() -> this.registry.removeContact(id, version, contactId),
				this.messages.get("member.contact.removed", locale), id, locale, redirect);
	}

	/** Sends the contact a personal link to set their password (again: a new invitation ends no earlier one). */
	@PostMapping(ID + "/contacts/{contactId:[1-9]\\d{0,17}}/invite")
	String invite(@PathVariable long id, @PathVariable long contactId, Principal principal, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		MemberEntry entry = entry(id);
		String name = entry.contacts()
			.stream()
			.filter((contact) -> contact.id() == contactId)
			.map((contact) -> contact.details().name())
			.findFirst()
			.orElse("");
		return act(() -> this.accounts.invite(id, contactId, this.publicUrl.base(request), principal.getName()),
				this.messages.get("member.invited", locale, name), id, locale, redirect);
	}

	@PostMapping(ID + "/leave")
	String leave(@PathVariable long id, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
		return act(() -> this.registry.leave(id, version), this.messages.get("member.leftNow", locale), id, locale,
				redirect);
	}

	@PostMapping(ID + "/rejoin")
	String rejoin(@PathVariable long id, @RequestParam long version, Locale locale, RedirectAttributes redirect) {
		return act(() -> this.registry.rejoin(id, version), this.messages.get("member.rejoined", locale), id, locale,
				redirect);
	}

	/** Makes a change and returns to the member's page with {@code success}, or with why it was refused. */
	private String act(Runnable change, String success, long id, Locale locale, RedirectAttributes redirect) {
		entry(id);
		try {
			change.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (SurveyRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return "redirect:/admin/members/" + id;
	}

	private String list(Model model, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("members", this.registry.all());
		return "admin/members";
	}

	private MemberEntry entry(long id) {
		return this.registry.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void reject(BindingResult result, SurveyRefusedException refused) {
		if (refused.field() != null) {
			result.rejectValue(refused.field(), refused.key(), refused.arguments(), null);
		}
		else {
			result.reject(refused.key(), refused.arguments(), null);
		}
	}

}
