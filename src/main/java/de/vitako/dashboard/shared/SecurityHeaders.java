package de.vitako.dashboard.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers of every answer, as Spring Security writes them for the requests its filter chain handles:
 * answers made without it (the container's own 400s, a request refused at the door, a public page served from the
 * cache before the chain) get the same ones here.
 */
public final class SecurityHeaders {

	/** No inline script or style anywhere, so the policy needs no {@code unsafe-inline}. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The same policy for the embeds, which any site may frame. */
	public static final String EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
		.replace("frame-ancestors 'none'", "frame-ancestors *");

	private SecurityHeaders() {
	}

	/**
	 * The same headers for a Spring Security chain: the policy, the referrer policy, no framing; no Cache-Control,
	 * since public answers revalidate with ETags and the admin area sets {@code no-store} itself.
	 */
	public static void configure(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.cacheControl((cache) -> cache.disable());
	}

	/** Sets each header that the response does not have yet. */
	public static void applyIfMissing(HttpServletResponse response) {
		setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfMissing(response, "X-Content-Type-Options", "nosniff");
		setIfMissing(response, "X-Frame-Options", "DENY");
		setIfMissing(response, "X-XSS-Protection", "0");
		setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
	}

	private static void setIfMissing(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
