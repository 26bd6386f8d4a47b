package de.vitako.dashboard.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request shows the draft, as the public site will look once it is published: pages, exports and API
 * under {@code /admin/preview}, for the team only, never cached and never indexed.
 */
public final class Preview {

	/** Where the preview of the public site lives: {@code /admin/preview/metrics/employees}. */
	public static final String PREFIX = "/admin/preview";

	private static final String ATTRIBUTE = Preview.class.getName();

	private Preview() {
	}

	public static boolean of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}

	public static void mark(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

}
