package de.vitako.dashboard.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

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
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.WebContentInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Languages: German by default, English by {@code Accept-Language}, and a switcher ({@code ?lang=en}) whose choice
 * a cookie keeps on pages (embeds and data answers name their language in their URL); the filters in front of
 * every request; static resources under hashed URLs.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

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

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("vitako-lang") {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				// an embed or a data answer follows its lang parameter (else the browser's language), and never
				// reads or sets a cookie
				if (request.getRequestURI().startsWith("/embed/") || PublicData.matches(request)) {
					String lang = request.getParameter("lang");
					return (lang != null) ? supported(Locale.forLanguageTag(lang)) : fromAcceptLanguage(request);
				}
				return supported(super.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale == null ? null : supported(locale));
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
	}

	static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.GERMAN;
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(wanted.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.GERMAN;
	}

	/**
	 * The public health answer lives on the main port as {@code /health} (a health group's additional path); the
	 * usual {@code /actuator/health} leads there too, while every other actuator endpoint stays on the
	 * management port.
	 */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/actuator/health").setViewName("forward:/health");
	}

	/**
	 * Chart.js, our CSS and our script are linked under URLs that carry a hash of their content
	 * ({@code /js/charts-3f2a….js}), so browsers may keep them for a year without asking again; a new version is a
	 * new URL. The favicon, linked without a hash, is revalidated.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl forAYear = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(forAYear)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addResolver(new LiteWebJarsResourceResolver())
			.addTransformer(new CompileHintTransformer());
		for (String folder : List.of("css", "js")) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(forAYear)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				.addTransformer(new CompileHintTransformer());
		}
		registry.addResourceHandler("/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache());
	}

	/** Rewrites the links in pages to the hashed URLs. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// the OpenAPI document names the latest release's codes: revalidated on every use (with its ETag)
		WebContentInterceptor documents = new WebContentInterceptor();
		documents.addCacheMapping(CacheControl.noCache(), "/v3/api-docs", "/v3/api-docs/**");
		registry.addInterceptor(documents);
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			// the switcher is a link: its choice is read from the query, never from a body (which would be read
			// for it, at the client's pace, on an error page answering a POST)
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				String query = request.getQueryString();
				String lang = (query == null) ? null
						: UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst("lang");
				if (lang != null) {
					super.preHandle(new HttpServletRequestWrapper(request) {
						@Override
						public String getParameter(String name) {
							return "lang".equals(name) ? lang : null;
						}
					}, response, handler);
				}
				return true;
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// embeds and the data name their language in their URL and set no cookie
		registry.addInterceptor(interceptor).excludePathPatterns("/embed/**").excludePathPatterns(PublicData.PATHS);
	}

}
