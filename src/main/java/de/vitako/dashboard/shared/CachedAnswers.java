package de.vitako.dashboard.shared;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers that a module keeps per data revision (pages, API answers, small exports) and that can be given before
 * the session and security filters run, since they are public and the same for everyone. The module renders
 * and keeps them on the ordinary path; {@code CachedAnswersFilter} gives them on the short one.
 */
public interface CachedAnswers {

	/**
	 * The kept answer for this request, with the headers it needs besides its own (Cache-Control, Vary,
	 * Content-Disposition) set on the response; empty if there is none, and then nothing was set.
	 */
	Optional<CachedResponse> cached(HttpServletRequest request, HttpServletResponse response);

}
