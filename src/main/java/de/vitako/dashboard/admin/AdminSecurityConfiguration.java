package de.vitako.dashboard.admin;

import java.util.Arrays;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.SecurityHeaders;
import de.vitako.dashboard.survey.MemberAccounts;
import de.vitako.dashboard.survey.MemberLogin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The admin area needs a team account, with a form login, CSRF protection, a login throttle and strict security
 * headers (public pages pass this chain open; the public data and the embeds have stateless chains of their own,
 * {@code config.PublicSecurityConfiguration}): accounts need the ADMIN role, everything else under
 * {@code /admin} at least EDITOR (roles include each other, {@link Role}), members and surveys SURVEY, and one's own
 * password only a login.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class AdminSecurityConfiguration {

	/** The authority of a member's contact: the members' area, nothing of the admin area. */
	static final SimpleGrantedAuthority MEMBER = new SimpleGrantedAuthority("ROLE_MEMBER");

	private static final String PASSWORD_CHANGE = AdminAccounts.PASSWORD_CHANGE_REQUIRED;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, MemberAccounts members)
			throws Exception {
		// where to go after the login: remembered in a cookie, so that an anonymous visit creates no session
		CookieRequestCache requestCache = new CookieRequestCache();
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl("/admin");
		success.setRequestCache(requestCache);
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/member/password/**", "/member/password-reset")
			.permitAll()
			.requestMatchers("/member/**")
			.hasRole("MEMBER")
			.requestMatchers("/admin/password")
			.hasAnyAuthority("ROLE_" + Role.EDITOR.name(), PASSWORD_CHANGE)
			.requestMatchers("/admin/accounts/**", "/admin/outbox/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/members/**", "/admin/surveys/**")
			.hasRole(Role.SURVEY.name())
			.requestMatchers("/admin/publish/**")
			.hasRole("PUBLISHER")
			.requestMatchers("/admin/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler((request, response, authentication) -> {
					throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
					if (authentication.getAuthorities().contains(MEMBER)) {
						// a member's place is the members' area, whatever page asked for the login; in the language
						// of the contact's mails, unless the visitor chose one on the site
						requestCache.removeRequest(request, response);
						boolean chosen = request.getCookies() != null && Arrays.stream(request.getCookies())
							.anyMatch((cookie) -> cookie.getName().equals(Language.COOKIE));
						response.sendRedirect(chosen ? "/member" : "/member?lang=" + members.login(authentication
							.getName()).map(MemberLogin::language).orElse("de"));
					}
					else {
						success.onAuthenticationSuccess(request, response, authentication);
					}
				})
				.failureHandler((request, response, exception) -> {
					throttle.failed(request.getParameter("username"), request.getRemoteAddr());
					response.sendRedirect("/login?error");
				})
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.requestCache((cache) -> cache.requestCache(requestCache))
			// only the admin area, the login and the logout take state-changing requests; elsewhere a POST is
			// simply a method the page does not allow (405)
			.csrf((csrf) -> csrf.csrfTokenRepository(new LoginCsrfTokenRepository())
				.requireCsrfProtectionMatcher(new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER,
						new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/admin/**"),
								PathPatternRequestMatcher.pathPattern("/member/**"),
								PathPatternRequestMatcher.pathPattern("/login"),
								PathPatternRequestMatcher.pathPattern("/logout")))))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeGate(), AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredSessionAwareAccessDeniedHandler()))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers(SecurityHeaders::configure);
		return http.build();
	}

	/** An admin may do what publishers and survey staff may; each of them what an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.PUBLISHER.name(), Role.SURVEY.name())
			.role(Role.PUBLISHER.name())
			.implies(Role.EDITOR.name())
			.role(Role.SURVEY.name())
			.implies(Role.EDITOR.name())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
