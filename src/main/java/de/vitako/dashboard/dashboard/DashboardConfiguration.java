package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.figures.FigureCatalog;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	@Bean
	PublicPageCache publicPageCache(FigureCatalog catalog, LocaleResolver localeResolver, MeterRegistry meters) {
		return new PublicPageCache(catalog, localeResolver, meters);
	}

	/**
	 * Cached pages are answered after the checks of every request (malformed input, the database's state) and
	 * before the session and security filters, which a public page does not need.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> cachedPages(PublicPageCache cache) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				cache.servedFromMemory());
		registration.setName("cachedPages");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	/** Pages not in the cache are rendered right after Spring Security, so that they are rendered as always. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> pageRendering(PublicPageCache cache) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(cache.renderedOnce());
		registration.setName("pageRendering");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
