package de.vitako.dashboard.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.validation.Valid;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.draft.DraftDiff;
import de.vitako.dashboard.figures.releases.PendingRelease;
import de.vitako.dashboard.figures.releases.PublicationRefusedException;
import de.vitako.dashboard.figures.releases.Publisher;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For publishers: the draft's diff against the latest release, and the form that publishes it with notes, now or
 * at a chosen time; a waiting schedule can be cancelled. The form carries the draft's change counter, so a draft
 * that changed after the review is not published: the new diff is shown instead.
 */
@Controller
@RequestMapping("/admin/publish")
class PublicationController {

	private final Publisher publisher;

	private final FigureSnapshots snapshots;

	private final Clock clock;

	PublicationController(Publisher publisher, FigureSnapshots snapshots, Clock clock) {
		this.publisher = publisher;
		this.snapshots = snapshots;
		this.clock = clock;
	}

	@GetMapping
	String review(Model model) {
		DraftDiff diff = this.publisher.diff();
		model.addAttribute("form", PublishForm.of(diff.draftRevision()));
		return view(diff, false, model);
	}

	@PostMapping
	String publish(@Valid @ModelAttribute("form") PublishForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect) {
		long revision = AdminForms.requireVersion(form.draftRevision());
		Instant at = form.scheduled() ? time(form.at(), result) : null;
		if (result.hasErrors()) {
			return view(this.publisher.diff(), true, model);
		}
		LocalizedText notes = new LocalizedText(form.notesDe(), form.notesEn());
		try {
			if (at == null) {
				int number = this.publisher.publishNow(revision, notes, principal.getName());
				redirect.addFlashAttribute("published", number);
				redirect.addFlashAttribute("message", "release.published");
			}
			else {
				this.publisher.schedule(revision, notes, at, principal.getName());
				redirect.addFlashAttribute("message", "release.scheduled");
			}
		}
		catch (PublicationRefusedException refused) {
			if ("release.schedule.past".equals(refused.messageKey())) {
				result.rejectValue("at", refused.messageKey());
			}
			else {
				result.reject(refused.messageKey(), refused.arguments(), null);
			}
			// the page shows the draft as it is now, and its form carries that state for the next try
			return view(this.publisher.diff(), true, model);
		}
		return "redirect:/admin/publish";
	}

	@PostMapping("/cancel")
	String cancel(Principal principal, RedirectAttributes redirect) {
		boolean cancelled = this.publisher.cancel(principal.getName());
		redirect.addFlashAttribute("message", cancelled ? "release.cancelled" : "release.nothingPending");
		return "redirect:/admin/publish";
	}

	/** The local time typed into the form, in the association's time zone; a field message if it is none. */
	private Instant time(String typed, BindingResult result) {
		try {
			return LocalDateTime.parse(typed == null ? "" : typed.strip()).atZone(this.clock.getZone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			result.rejectValue("at", "release.schedule.invalid");
			return null;
		}
	}

	/**
	 * The page; the form shows when there is something to publish and no release waits for its time (a waiting one
	 * shows instead, so that no second publication is one click away), or with a message about the last attempt.
	 */
	private String view(DraftDiff diff, boolean refused, Model model) {
		Optional<PendingRelease> pending = this.publisher.pending();
		model.addAttribute("diff", diff);
		model.addAttribute("showForm", refused || (pending.isEmpty() && !diff.empty()));
		model.addAttribute("pending", pending.orElse(null));
		model.addAttribute("zone", this.clock.getZone().getId());
		model.addAttribute("metrics", this.snapshots.everyMetric());
		return "admin/publish";
	}

}
