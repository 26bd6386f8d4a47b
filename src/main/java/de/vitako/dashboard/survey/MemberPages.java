package de.vitako.dashboard.survey;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of the members' area has: it is personal, so no cache keeps it; and a way out for whoever is
 * logged in.
 */
@ControllerAdvice(basePackageClasses = MemberPages.class)
class MemberPages {

	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

	/** Whether someone is logged in: the header then offers to log out. */
	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

}
