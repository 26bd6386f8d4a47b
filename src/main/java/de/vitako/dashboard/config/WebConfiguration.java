package de.vitako.dashboard.config;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.FigureCatalog;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: German by default, English by {@code Accept-Language}, and a switcher ({@code ?lang=en}) whose choice
 * a cookie keeps.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

	/** Outside every other filter, the session filter included, which reads admin sessions from the database. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(FigureCatalog catalog) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(catalog));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("vitako-lang") {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
