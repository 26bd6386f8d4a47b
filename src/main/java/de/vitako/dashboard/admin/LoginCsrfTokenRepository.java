package de.vitako.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for the forms of people who have not signed in: the login form's token lives in a
 * cookie for {@code /login} only, and the members' forms to set a password through their personal link or to ask
 * for one in a cookie for {@code /member} only, so that an anonymous visitor's form stores nothing in the
 * database. Signed-in admins keep their token in their
 * session, as before. A form sent without a session (an anonymous or forged POST to the admin area or the logout)
 * is refused without one being made for its new token: nobody who has not signed in makes the server store a
 * thing.
 */
class LoginCsrfTokenRepository implements CsrfTokenRepository {

	private final CookieCsrfTokenRepository login = new CookieCsrfTokenRepository();

	private final CookieCsrfTokenRepository memberLinks = new CookieCsrfTokenRepository();

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	LoginCsrfTokenRepository() {
		this.login.setCookieName("VITAKO-LOGIN-CSRF");
		this.login.setCookiePath("/login");
		this.login.setCookieCustomizer((cookie) -> cookie.sameSite("Strict").httpOnly(true));
		this.memberLinks.setCookieName("VITAKO-MEMBER-CSRF");
		this.memberLinks.setCookiePath("/member");
		// Lax: the form is opened from a link in a mail program, another site
		this.memberLinks.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").httpOnly(true));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return repository(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		CsrfTokenRepository repository = repository(request);
		if (repository == this.session && request.getSession(false) == null) {
			return;
		}
		repository.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return repository(request).loadToken(request);
	}

	private CsrfTokenRepository repository(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/login")) {
			return this.login;
		}
		return path.startsWith("/member/password") ? this.memberLinks : this.session;
	}

}
