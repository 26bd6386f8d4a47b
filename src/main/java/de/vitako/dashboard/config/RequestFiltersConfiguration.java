package de.vitako.dashboard.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.CachedAnswers;
import de.vitako.dashboard.shared.CachedAnswersFilter;
import de.vitako.dashboard.shared.DatabaseStatus;
import de.vitako.dashboard.shared.PublicData;
import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The filters in front of every request, in their order: the public data's CORS rule, refusing malformed input
 * and bounding request bodies, the 503 while the database is away, kept answers before the session and security
 * filters; ETags from content, health answers in JSON; Tomcat's own error answers and body limits.
 */
@Configuration(proxyBeanMethods = false)
class RequestFiltersConfiguration {

	/** The longest pause within a request body. */
	static final Duration BODY_READ_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * The CORS rule of the public data, outside every other filter: every answer at those paths carries it, the
	 * kept ones, the refusals at the door and the 503 of an unreachable database included.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> publicDataCorsFilter() {
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(PublicData.corsFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Outside every other filter, the session filter included, which reads admin sessions from the database. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseStatus database) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(database));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private final BodyReaders bodyReaders = new BodyReaders();

	/** Before the session filter and the security chain: a request refused here touches nothing. */
	@Bean
	FilterRegistrationBean<RequestInputFilter> requestInputFilter() {
		FilterRegistrationBean<RequestInputFilter> registration = new FilterRegistrationBean<>(
				new RequestInputFilter(this.bodyReaders));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	/**
	 * Kept public answers (pages, API, small exports) are given after the checks of every request (malformed
	 * input, the database's state) and before the session and security filters, which they do not need.
	 */
	@Bean
	FilterRegistrationBean<CachedAnswersFilter> cachedAnswersFilter(List<CachedAnswers> answers) {
		FilterRegistrationBean<CachedAnswersFilter> registration = new FilterRegistrationBean<>(
				new CachedAnswersFilter(answers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/**
	 * Answers that are made for each request but seldom change (the OpenAPI document, the sitemap, the embeds) get
	 * an ETag from their bytes, so that a reload costs a 304 and no transfer.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFromContent() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		// weak: Tomcat compresses no answer with a strong ETag
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*", "/sitemap.xml", "/embed/*");
		return registration;
	}

	/**
	 * The health answers are JSON, whatever a client accepts: a browser (or a monitor that sends
	 * {@code Accept: text/html}) gets the status instead of a 406.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> healthAsJson() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						chain.doFilter(new HttpServletRequestWrapper(request) {

							@Override
							public String getHeader(String name) {
								return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE
										: super.getHeader(name);
							}

							@Override
							public Enumeration<String> getHeaders(String name) {
								return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
										? Collections.enumeration(List.of(MediaType.APPLICATION_JSON_VALUE))
										: super.getHeaders(name);
							}

						}, response);
					}

				});
		registration.addUrlPatterns("/health", "/livez", "/readyz", "/actuator/health");
		return registration;
	}

	/** Tomcat's own error answers (before the application sees a request) are ours too. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
			}
		});
	}

	/**
	 * Request bodies cannot hold the request workers: a client may pause at most five seconds within a body, at
	 * most {@value BodyReaders#SLOTS} bodies are read at a time ({@link RequestInputFilter} reads the forms'), and
	 * one the application does not need is drained briefly, then its connection closed ({@link UnreadBodyValve}).
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> slowBodies() {
		return (factory) -> {
			factory.addConnectorCustomizers((connector) -> {
				connector.setProperty("disableUploadTimeout", "false");
				connector.setProperty("connectionUploadTimeout", String.valueOf(BODY_READ_TIMEOUT.toMillis()));
			});
			factory.addEngineValves(new UnreadBodyValve(this.bodyReaders));
		};
	}

}
