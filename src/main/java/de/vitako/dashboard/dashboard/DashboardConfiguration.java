package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.shared.Preview;
import de.vitako.dashboard.shared.PublicUrl;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The public page cache and where its rendering filter stands among the servlet filters.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

	@Bean
	PublicPageCache publicPageCache(FigureSnapshots snapshots, LocaleResolver localeResolver, PublicUrl publicUrl,
			MeterRegistry meters) {
		return new PublicPageCache(snapshots, localeResolver, publicUrl, meters);
	}

	/** Pages not in the cache are rendered right after Spring Security, so that they are rendered as always. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> pageRendering(PublicPageCache cache) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(cache.renderedOnce());
		registration.setName("pageRendering");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	/** The preview, after Spring Security, which lets only editors in. */
	@Bean
	FilterRegistrationBean<PreviewFilter> preview() {
		FilterRegistrationBean<PreviewFilter> registration = new FilterRegistrationBean<>(new PreviewFilter());
		registration.setName("preview");
		registration.addUrlPatterns(Preview.PREFIX, Preview.PREFIX + "/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

}
