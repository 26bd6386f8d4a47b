package de.vitako.dashboard.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The links of every page's language switcher: the same page, with its query, in the other language.
 */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("switchToGerman")
	String switchToGerman() {
		return switchTo("de");
	}

	@ModelAttribute("switchToEnglish")
	String switchToEnglish() {
		return switchTo("en");
	}

	private static String switchTo(String language) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			// an error page: the browser's address is the failed one, so a relative link keeps its path
			return "?lang=" + language;
		}
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", language)
			.build();
		return current.getPath() + "?" + current.getQuery();
	}

}
