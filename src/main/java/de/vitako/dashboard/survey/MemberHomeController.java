package de.vitako.dashboard.survey;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own page: the organisation the logged-in contact answers for, and nothing of any other.
 */
@Controller
class MemberHomeController {

	private final MemberAccounts accounts;

	MemberHomeController(MemberAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/member")
	String home(Principal principal, Model model) {
		MemberEntry member = this.accounts.memberOf(principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
		model.addAttribute("member", member);
		model.addAttribute("email", principal.getName());
		return "member/home";
	}

}
