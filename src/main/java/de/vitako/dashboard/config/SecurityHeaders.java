package de.vitako.dashboard.config;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer. The security filter chain writes them for requests it handles; error
 * answers made before it ran (the container's own 400s, a request refused at the door) get them here.
 */
public final class SecurityHeaders {

	/** No inline script or style anywhere, so the policy needs no {@code unsafe-inline}. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	/** Sets each header that the response does not have yet. */
	static void applyIfMissing(HttpServletResponse response) {
		setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfMissing(response, "X-Content-Type-Options", "nosniff");
		setIfMissing(response, "X-Frame-Options", "DENY");
		setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
	}

	private static void setIfMissing(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
