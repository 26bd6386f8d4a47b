package de.vitako.dashboard.config;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.PublicData;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
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
 * a cookie keeps on pages (embeds and data answers name their language in their URL); static resources under
 * hashed URLs. The filters in front of every request are {@link RequestFiltersConfiguration}'s.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(Language.COOKIE) {

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
		return Language.of(locale).locale();
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
