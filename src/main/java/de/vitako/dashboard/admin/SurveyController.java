package de.vitako.dashboard.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.survey.MemberRegistry;
import de.vitako.dashboard.survey.RoundEntry;
import de.vitako.dashboard.survey.SurveyPlanner;
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
 * Survey rounds for admins: the list, a new round, and per round its dates, its questions (metrics of the
 * catalogue) and the members it invites.
 */
@Controller
@RequestMapping("/admin/surveys")
class SurveyController {

	private static final String ID = "/{id:[1-9]\\d{0,17}}";

	private final SurveyPlanner planner;

	private final MemberRegistry members;

	private final FigureSnapshots snapshots;

	private final Messages messages;

	private final Clock clock;

	private final PublicUrl publicUrl;

	SurveyController(SurveyPlanner planner, MemberRegistry members, FigureSnapshots snapshots,
			MessageSource messages, Clock clock, PublicUrl publicUrl) {
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.planner = planner;
		this.members = members;
		this.snapshots = snapshots;
		this.messages = new Messages(messages);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", RoundForm.empty(LocalDate.now(this.clock).getYear() - 1));
		return list(model, null);
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") RoundForm form, BindingResult result, Model model,
			Principal principal, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		checkDates(form, result);
		if (!result.hasErrors()) {
			try {
				long id = this.planner.create(form.details(), principal.getName());
				redirect.addFlashAttribute("success", this.messages.get("survey.created", locale, form.year()));
				return "redirect:/admin/surveys/" + id;
			}
			catch (SurveyRefusedException refused) {
				reject(result, refused);
			}
		}
		return list(model, response);
	}

	@GetMapping(ID)
	String show(@PathVariable long id, Model model) {
		RoundEntry entry = entry(id);
		model.addAttribute("form", RoundForm.of(entry));
		model.addAttribute("questionForm", QuestionForm.empty(entry.version()));
		return page(entry, model);
	}

	@PostMapping(ID)
	String describe(@PathVariable long id, @Validated @ModelAttribute("form") RoundForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		RoundEntry entry = entry(id);
		long version = AdminForms.requireVersion(form.version());
		checkDates(form, result);
		if (!result.hasErrors()) {
			try {
				this.planner.describe(id, version, form.details());
				redirect.addFlashAttribute("success", this.messages.get("catalogue.saved", locale));
				return "redirect:/admin/surveys/" + id;
			}
			catch (SurveyRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("questionForm", QuestionForm.empty(entry.version()));
		return page(entry, model);
	}

	@PostMapping(ID + "/questions")
	String ask(@PathVariable long id, @Validated @ModelAttribute("questionForm") QuestionForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		RoundEntry entry = entry(id);
		long version = AdminForms.requireVersion(form.version());
		if (form.halfAHelp()) {
			result.rejectValue(form.helpDe() == null || form.helpDe().isBlank() ? "helpDe" : "helpEn",
					"survey.help.both");
		}
		if (!result.hasErrors()) {
			try {
				this.planner.ask(id, version, form.metric(), form.answerKind(), form.help());
				redirect.addFlashAttribute("success", this.messages.get("survey.asked", locale));
				return "redirect:/admin/surveys/" + id + "#questions-title";
			}
			catch (SurveyRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("form", RoundForm.of(entry));
		return page(entry, model);
	}

	@PostMapping(ID + "/questions/{metric:[a-z][a-z0-9_]{0,63}}/remove")
	String drop(@PathVariable long id, @PathVariable String metric, @RequestParam long version, Locale locale,
			RedirectAttributes redirect) {
		return act(() -> this.planner.drop(id, version, metric), "survey.dropped", id, locale, redirect);
	}

	@PostMapping(ID + "/invitations")
	String invite(@PathVariable long id, @RequestParam long version,
			@RequestParam(name = "member", required = false) Set<Long> invited, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		Set<Long> members = (invited != null) ? invited : Set.of();
		return act(() -> this.planner.invite(id, version, members, principal.getName()), "survey.invitedSaved", id,
				locale, redirect);
	}

	/** Mails the round's invitation to the invited members not mailed yet. */
	@PostMapping(ID + "/send")
	String send(@PathVariable long id, @RequestParam long version, Principal principal, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		entry(id);
		try {
			int mailed = this.planner.send(id, version, this.publicUrl.base(request), principal.getName());
			redirect.addFlashAttribute("success", this.messages.get("survey.sent", locale, mailed));
		}
		catch (SurveyRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return "redirect:/admin/surveys/" + id;
	}

	private String act(Runnable change, String success, long id, Locale locale, RedirectAttributes redirect) {
		entry(id);
		try {
			change.run();
			redirect.addFlashAttribute("success", this.messages.get(success, locale));
		}
		catch (SurveyRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return "redirect:/admin/surveys/" + id;
	}

	private String page(RoundEntry entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("metrics", this.snapshots.metrics());
		model.addAttribute("members", this.members.all().stream().filter((m) -> !m.left()).toList());
		model.addAttribute("kinds", List.of("number", "choice", "breakdown", "rating"));
		return "admin/survey";
	}

	private String list(Model model, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("rounds", this.planner.all());
		return "admin/surveys";
	}

	private RoundEntry entry(long id) {
		return this.planner.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void checkDates(RoundForm form, BindingResult result) {
		for (String field : List.of("opensOn", "closesOn")) {
			if (form.dateInvalid(field) && !result.hasFieldErrors(field)) {
				result.rejectValue(field, "survey.date.invalid");
			}
		}
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
