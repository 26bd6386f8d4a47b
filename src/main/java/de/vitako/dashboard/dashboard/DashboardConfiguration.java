package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.figures.FigureCatalog;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	/** Right after Spring Security, so that cached pages get the same security headers. */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(FigureCatalog catalog, LocaleResolver localeResolver,
			MeterRegistry meters) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(catalog, localeResolver, meters));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
