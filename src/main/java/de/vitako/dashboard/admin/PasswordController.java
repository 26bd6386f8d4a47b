package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.vitako.dashboard.shared.PasswordPolicy;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone changes their own password here, giving the current one; after a one-time password, before anything
 * else. The other sessions of the account end, and this one continues with the account's role.
 */
@Controller
@RequestMapping("/admin/password")
class PasswordController {

	private final TeamAccounts accounts;

	private final PasswordPolicy policy;

	private final AdminAccounts logins;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(TeamAccounts accounts, PasswordPolicy policy, AdminAccounts logins) {
		this.accounts = accounts;
		this.policy = policy;
		this.logins = logins;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "admin/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Principal principal,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.policy.check(principal.getName(), form.password())
			.ifPresent((rule) -> result.rejectValue("password", rule));
		if (!result.hasFieldErrors("password") && !Objects.equals(form.password(), form.repeat())) {
			result.rejectValue("repeat", "account.password.repeatDiffers");
		}
		if (result.hasErrors()) {
			return "admin/password";
		}
		try {
			this.accounts.changeOwnPassword(principal.getName(), form.current(), form.password(),
					request.getSession().getId());
		}
		catch (AccountRefusedException refused) {
			result.rejectValue(refused.messageKey().endsWith("currentWrong") ? "current" : "password",
					refused.messageKey());
			return "admin/password";
		}
		// a new session id for the new credentials, stored with the session at the end of this request
		request.changeSessionId();
		continueWithRole(principal.getName(), request, response);
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/admin/figures";
	}

	/** The session goes on with the account's role instead of the authority to change the password only. */
	private void continueWithRole(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.logins.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
