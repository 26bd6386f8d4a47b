package de.vitako.dashboard.survey;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.PasswordPolicy;
import de.vitako.dashboard.shared.PublicUrl;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a member's contact sets their password: through the personal link of an invitation or a reset, and the
 * form that asks for a reset link. Open to everyone; the link is the key.
 */
@Controller
@RequestMapping("/member")
class MemberPasswordController {

	private static final String TOKEN = "/password/{token:[A-Za-z0-9_-]{43}}";

	private final MemberAccounts accounts;

	private final PasswordPolicy policy;

	private final PublicUrl publicUrl;

	MemberPasswordController(MemberAccounts accounts, PasswordPolicy policy, PublicUrl publicUrl) {
		this.accounts = accounts;
		this.policy = policy;
		this.publicUrl = publicUrl;
	}

	@GetMapping(TOKEN)
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		MemberLinkState state = this.accounts.link(token);
		if (state.status() != MemberLinkState.Status.VALID) {
			return invalid(state.status(), model, response);
		}
		model.addAttribute("link", state);
		model.addAttribute("token", token);
		return "member/password";
	}

	@PostMapping(TOKEN)
	String set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String repeat, Model model, HttpServletResponse response) {
		MemberLinkState state = this.accounts.link(token);
		if (state.status() != MemberLinkState.Status.VALID) {
			return invalid(state.status(), model, response);
		}
		Optional<String> problem = this.policy.check(state.email(), password);
		if (problem.isEmpty() && !password.equals(repeat)) {
			problem = Optional.of("account.password.repeatDiffers");
		}
		if (problem.isPresent()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("link", state);
			model.addAttribute("token", token);
			model.addAttribute("problem", problem.get());
			return "member/password";
		}
		try {
			this.accounts.setPassword(token, password);
		}
		catch (SurveyRefusedException refused) {
			// used by a second submission, or expired, meanwhile: say which
			return invalid(this.accounts.link(token).status(), model, response);
		}
		return "redirect:/login?passwordSet";
	}

	@GetMapping("/password-reset")
	String resetForm() {
		return "member/password-reset";
	}

	@PostMapping("/password-reset")
	String reset(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
		if (!email.isBlank() && email.length() <= 320) {
			this.accounts.requestReset(email, this.publicUrl.base(request));
		}
		return "redirect:/member/password-reset?sent";
	}

	private static String invalid(MemberLinkState.Status status, Model model, HttpServletResponse response) {
		response.setStatus((status == MemberLinkState.Status.UNKNOWN) ? HttpStatus.NOT_FOUND.value()
				: HttpStatus.GONE.value());
		model.addAttribute("status", status.name().toLowerCase(Locale.ROOT));
		return "member/link-invalid";
	}

}
