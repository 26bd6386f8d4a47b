package de.vitako.dashboard.config;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.PublicUrl;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of every page's language switcher (the same page, with its query, in the other language), and the
 * page's canonical URL with its German, English and language-neutral alternates for search engines.
 */
@ControllerAdvice
class LayoutAdvice {

	private final PublicUrl publicUrl;

	LayoutAdvice(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@ModelAttribute("switchToGerman")
	String switchToGerman() {
		return switchTo("de");
	}

	@ModelAttribute("switchToEnglish")
	String switchToEnglish() {
		return switchTo("en");
	}

	/**
	 * The page's absolute URLs: canonical, and its alternates; a named release's page keeps its {@code release},
	 * every other parameter (a chosen range of years) is a view of the same page. A page asked for in a language
	 * ({@code ?lang=en}) is canonical in it; the plain URL, whose language follows the browser's, is its own
	 * canonical and the {@code x-default} alternate: a canonical that pointed to one of the language alternates
	 * would tell search engines that the plain URL is a duplicate of it. None for an error page.
	 */
	@ModelAttribute("pageLinks")
	PageLinks pageLinks(Locale locale) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			return null;
		}
		String release = request.getParameter("release");
		UriComponentsBuilder page = this.publicUrl.page();
		if (release != null && release.strip().matches("\\d{1,9}")) {
			page.queryParam("release", release.strip());
		}
		String neutral = page.build().toUriString();
		String german = page.cloneBuilder().queryParam("lang", "de").build().toUriString();
		String english = page.cloneBuilder().queryParam("lang", "en").build().toUriString();
		String chosen = request.getParameter("lang");
		String canonical = (chosen == null) ? neutral : (Language.of(locale).english() ? english : german);
		return new PageLinks(canonical, german, english, neutral);
	}

	/** A page's canonical URL and its alternates in German, English and neither (the browser's language). */
	public record PageLinks(String canonical, String german, String english, String neutral) {
	}

	private static String switchTo(String language) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
			// an error page: the browser's address is the failed one, so a relative link keeps its path
			return "?lang=" + language;
		}
		// a path with its query, no host: the link stays on the address the browser used
		UriComponents current = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", language)
			.build();
		return current.getPath() + "?" + current.getQuery();
	}

}
