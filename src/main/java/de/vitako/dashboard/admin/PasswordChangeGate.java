package de.vitako.dashboard.admin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an account that logged in with a one-time password to the page where it sets its own, from anywhere in
 * the admin area, until it has.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	private static final String PASSWORD_PAGE = "/admin/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/admin") && !path.equals(PASSWORD_PAGE) && mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mustChangePassword() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> AdminAccounts.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()));
	}

}
