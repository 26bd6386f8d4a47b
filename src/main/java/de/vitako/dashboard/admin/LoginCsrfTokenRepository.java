package de.vitako.dashboard.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session for the login form: its token lives in a cookie for {@code /login} only, so that
 * an anonymous visitor's login page stores nothing in the database. Signed-in admins keep their token in their
 * session, as before. A form sent without a session (an anonymous or forged POST to the admin area or the logout)
 * is refused without one being made for its new token: nobody who has not signed in makes the server store a
 * thing.
 */
class LoginCsrfTokenRepository implements CsrfTokenRepository {

	private final CookieCsrfTokenRepository login = new CookieCsrfTokenRepository();

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	LoginCsrfTokenRepository() {
		this.login.setCookieName("VITAKO-LOGIN-CSRF");
		this.login.setCookiePath("/login");
		this.login.setCookieCustomizer((cookie) -> cookie.sameSite("Strict").httpOnly(true));
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
		boolean loginPage = (request.getContextPath() + "/login").equals(request.getRequestURI());
		return loginPage ? this.login : this.session;
	}

}
