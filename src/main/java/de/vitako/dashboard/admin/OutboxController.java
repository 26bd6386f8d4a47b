package de.vitako.dashboard.admin;

import de.vitako.dashboard.mail.Outbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The outbox for admins: every mail the application queued, whether it went out, and its text with its links,
 * which is how the mails are read where no SMTP server is configured (the embedded default).
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("mails", this.outbox.latest(200));
		model.addAttribute("sending", this.outbox.sending());
		return "admin/outbox";
	}

}
