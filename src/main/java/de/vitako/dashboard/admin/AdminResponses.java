package de.vitako.dashboard.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Pages of the admin area and the login page are never stored by a browser or a proxy, and show who is logged
 * in, with what role.
 */
@ControllerAdvice(basePackageClasses = AdminResponses.class)
class AdminResponses {

	private final TeamAccounts accounts;

	AdminResponses(TeamAccounts accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

	@ModelAttribute("currentAccount")
	Account currentAccount(Principal principal) {
		return (principal != null) ? this.accounts.byUsername(principal.getName()).orElse(null) : null;
	}

}
