package de.vitako.dashboard.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form sent with a session that has expired meanwhile fails the CSRF check; instead of a bare 403 the admin is
 * sent to the login page, which says that the session expired and the change was not saved. Every other denial
 * gets the 403 page.
 */
class ExpiredSessionAwareAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		boolean sessionExpired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		if (denied instanceof CsrfException && sessionExpired) {
			response.sendRedirect("/login?expired");
			return;
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
