package de.vitako.dashboard.shared;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a kept answer ({@link CachedAnswers}) to a GET or HEAD request that has one, with the security headers
 * the security filters would have written, and passes every other request on.
 */
public class CachedAnswersFilter extends OncePerRequestFilter {

	private final List<CachedAnswers> answers;

	public CachedAnswersFilter(List<CachedAnswers> answers) {
		this.answers = List.copyOf(answers);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// the preview shows the draft at the public paths: never from the cache of what is published
		return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || Preview.of(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (CachedAnswers kept : this.answers) {
			Optional<CachedResponse> answer = kept.cached(request, response);
			if (answer.isPresent()) {
				SecurityHeaders.applyIfMissing(response);
				answer.get().writeTo(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
