package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.figures.FigureCatalog;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	/** Right after Spring Security, so that cached pages get the same security headers. */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(FigureCatalog catalog, LocaleResolver localeResolver) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(catalog, localeResolver));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
