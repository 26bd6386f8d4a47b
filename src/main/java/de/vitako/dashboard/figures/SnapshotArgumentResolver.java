package de.vitako.dashboard.figures;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a handler method's {@link FigureSnapshot} parameter the figures the request is shown
 * ({@link FigureSnapshots#shown}): pages, the read API and the data package decide it the same way.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final FigureSnapshots snapshots;

	SnapshotArgumentResolver(FigureSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return FigureSnapshot.class.equals(parameter.getParameterType());
	}

	@Override
	public FigureSnapshot resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binders) {
		return this.snapshots.shown(request.getNativeRequest(HttpServletRequest.class));
	}

}
