package de.vitako.dashboard.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Pages of the admin area and the login page are never stored by a browser or a proxy.
 */
@ControllerAdvice(basePackageClasses = AdminResponses.class)
class AdminResponses {

	@ModelAttribute
	void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
	}

}
