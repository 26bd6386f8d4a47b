package de.vitako.dashboard.admin;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's accounts, for admins: a list, a new account with a one-time password, and per account its name and
 * role, deactivation, reactivation, a password reset and its history.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

	private final TeamAccounts accounts;

	AccountController(TeamAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return "admin/accounts";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm("", "", Role.EDITOR, null));
		return "admin/account-new";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TeamAccounts.OneTimePassword created = this.accounts.create(form.username().strip(),
						form.displayName().strip(), form.role(), principal.getName());
				return shown(created, "account.created", redirect);
			}
			catch (AccountRefusedException refused) {
				result.rejectValue("username", refused.messageKey());
			}
		}
		return "admin/account-new";
	}

	@GetMapping("/{id:[1-9]\\d{0,17}}")
	String show(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("form", AccountForm.of(account));
		return view(account, model);
	}

	@PostMapping("/{id:[1-9]\\d{0,17}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		long version = AdminForms.requireVersion(form.version());
		// the user name is fixed; the form shows it but does not change it
		if (result.hasErrors() && result.getFieldErrorCount() > result.getFieldErrorCount("username")) {
			return view(account, model);
		}
		try {
			this.accounts.update(id, version, form.displayName().strip(), form.role(), principal.getName());
		}
		catch (AccountRefusedException refused) {
			result.reject(refused.messageKey());
			return view(account, model);
		}
		return toAccount(id, "account.saved", redirect);
	}

	@PostMapping("/{id:[1-9]\\d{0,17}}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.deactivated", () -> this.accounts.deactivate(id, version, principal.getName()));
	}

	@PostMapping("/{id:[1-9]\\d{0,17}}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		return act(id, redirect, "account.reactivated", () -> this.accounts.reactivate(id, version, principal.getName()));
	}

	@PostMapping("/{id:[1-9]\\d{0,17}}/password-reset")
	String resetPassword(@PathVariable long id, @RequestParam long version, Principal principal,
			RedirectAttributes redirect) {
		try {
			return shown(this.accounts.resetPassword(id, version, principal.getName()), "account.passwordReset",
					redirect);
		}
		catch (AccountRefusedException refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			return toAccount(id, null, redirect);
		}
	}

	private String act(long id, RedirectAttributes redirect, String message, Runnable action) {
		try {
			action.run();
			return toAccount(id, message, redirect);
		}
		catch (AccountRefusedException refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			return toAccount(id, null, redirect);
		}
	}

	/** The one-time password travels as a flash attribute: shown on the next page, once, and never in a URL. */
	private static String shown(TeamAccounts.OneTimePassword password, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", password.password());
		return toAccount(password.account().id(), message, redirect);
	}

	private static String toAccount(long id, String message, RedirectAttributes redirect) {
		if (message != null) {
			redirect.addFlashAttribute("message", message);
		}
		redirect.addAttribute("id", id);
		return "redirect:/admin/accounts/{id}";
	}

	private String view(Account account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("history", this.accounts.history(account.id()));
		model.addAttribute("roles", Role.values());
		return "admin/account";
	}

}
