package de.vitako.dashboard.survey;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own page: the organisation the logged-in contact answers for, its survey rounds with where each
 * questionnaire stands, and nothing of any other member.
 */
@Controller
class MemberHomeController {

	private final MemberAccounts accounts;

	private final Questionnaires questionnaires;

	private final Messages messages;

	private final Clock clock;

	MemberHomeController(MemberAccounts accounts, Questionnaires questionnaires, MessageSource messages,
			Clock clock) {
		this.accounts = accounts;
		this.questionnaires = questionnaires;
		this.messages = new Messages(messages);
		this.clock = clock;
	}

	@GetMapping("/member")
	String home(Principal principal, Locale locale, Model model) {
		MemberEntry member = this.accounts.memberOf(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		model.addAttribute("member", member);
		model.addAttribute("email", principal.getName());
		model.addAttribute("rounds", this.questionnaires.roundsOf(principal.getName())
			.stream()
			.map((round) -> new Line(round, when(round, locale), status(round, locale)))
			.toList());
		return "member/home";
	}

	private String when(MemberRound round, Locale locale) {
		Language language = Language.of(locale);
		return switch (round.phase()) {
			case NOT_YET_OPEN -> this.messages.get("memberArea.home.opensOn", locale,
					language.longDate().format(round.details().opensOn()));
			case OPEN -> this.messages.get("memberArea.home.until", locale,
					language.longDate().format(round.details().closesOn()));
			case CLOSED -> this.messages.get("memberArea.home.closed", locale,
					language.longDate().format(round.details().closesOn()));
		};
	}

	private String status(MemberRound round, Locale locale) {
		ResponseState state = round.state();
		if (state == null) {
			return this.messages.get("memberArea.home.status.new", locale);
		}
		if (state.submitted()) {
			return this.messages.get("memberArea.home.status.submitted", locale, dateTime(state.submittedAt(), locale));
		}
		if (state.savedAt() != null) {
			return this.messages.get("memberArea.home.status.saved", locale, dateTime(state.savedAt(), locale));
		}
		return this.messages.get("memberArea.home.status.opened", locale);
	}

	private String dateTime(Instant instant, Locale locale) {
		return Language.of(locale).dateTime().format(instant.atZone(this.clock.getZone()));
	}

	/** A round in the list: the round, when it is open, and where the member's questionnaire stands. */
	record Line(MemberRound round, String when, String status) {
	}

}
