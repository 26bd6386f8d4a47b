package de.vitako.dashboard.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * How long a public answer may be kept: one for a named release never changes, so browsers, proxies and CDNs keep
 * it for a year without asking again; one for the latest release is revalidated with its ETag on every use.
 */
public final class ReleaseCaching {

	/** The query parameter that names a release: {@code ?release=3}. */
	public static final String PARAMETER = "release";

	public static final String IMMUTABLE = "public, max-age=31536000, immutable";

	public static final String REVALIDATE = "no-cache";

	private ReleaseCaching() {
	}

	public static void apply(HttpServletResponse response, boolean namedRelease) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, namedRelease ? IMMUTABLE : REVALIDATE);
	}

}
