package de.vitako.dashboard.config;

import de.vitako.dashboard.shared.PublicData;
import de.vitako.dashboard.shared.SecurityHeaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security rules of what is public and stateless: the machine-readable data and the embeds each have a chain
 * of their own, before the admin area's (which public pages pass open). CORS is {@link PublicData}'s filter's, in
 * front of every answer.
 */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfiguration {

	/**
	 * The read API, the exports (with the data package and the DCAT catalogue), the OpenAPI document, the feed and
	 * the chart images are public and read-only: a stateless chain without sessions, CSRF tokens, saved requests or
	 * anonymous authentication, so that each request costs little more than its answer. Other methods than GET
	 * and HEAD find no handler (405).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain publicDataFilterChain(HttpSecurity http) throws Exception {
		stateless(http.securityMatcher(PublicData.PATHS.toArray(String[]::new))).headers(SecurityHeaders::configure);
		return http.build();
	}

	/**
	 * The embeds are public, framed by other sites and stateless: no session, no cookie, no CSRF token, and
	 * {@code frame-ancestors *} instead of {@code 'none'} (without {@code X-Frame-Options}).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain embedFilterChain(HttpSecurity http) throws Exception {
		stateless(http.securityMatcher("/embed/**")).headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.EMBED_CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.disable())
			.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	/** Open to all, and nothing kept between requests: no session, CSRF token, saved request or anonymous user. */
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.sessionManagement((sessions) -> sessions.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.logout((logout) -> logout.disable());
	}

}
