package de.vitako.dashboard.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.PropertyAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pages of the admin area and the login page are never stored by a browser or a proxy, and show who is logged
 * in, with what role. A form value that cannot even be converted (a tampered {@code unit=BOGUS} or
 * {@code later=maybe}: every field a person types is text, parsed by the form) refuses the request with 400 and
 * stores nothing, instead of leaving the handler a form that was never made.
 */
@Order(0)
@ControllerAdvice(basePackageClasses = AdminResponses.class)
class AdminResponses {

	private final TeamAccounts accounts;

	AdminResponses(TeamAccounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder
	void refuseValuesOfTheWrongType(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {

			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tampered form value", ex);
			}

		});
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
