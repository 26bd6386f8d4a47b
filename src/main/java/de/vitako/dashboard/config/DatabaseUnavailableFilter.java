package de.vitako.dashboard.config;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.shared.DatabaseFailures;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL cannot be reached, whatever needed it (an admin's session, a save, an export) answers with the
 * friendly 503 page in the reader's language, never a stack trace; nothing was written, since every write runs in
 * a transaction. It wraps even the session filter, which reads admin sessions from the database. While the last
 * poll of the change counter failed, requests that need the database get the 503 at once.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final FigureCatalog catalog;

	DatabaseUnavailableFilter(FigureCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.catalog.databaseReachable() && needsDatabase(request)) {
			// the last poll found the database gone: answer now instead of after the connection timeouts
			unavailable(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException | IOException ex) {
			if (!databaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			response.resetBuffer();
			unavailable(response);
		}
	}

	/** The admin area (its sessions live in PostgreSQL), the exports and every write. */
	private static boolean needsDatabase(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/admin") || path.startsWith("/export/") || !"GET".equals(request.getMethod());
	}

	private static void unavailable(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "10");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/** The server cannot be reached, or no connection could be had in time (pool or transaction start). */
	static boolean databaseUnavailable(Throwable failure) {
		return DatabaseFailures.serverUnreachable(failure)
				|| DatabaseFailures.causedBy(failure, DataAccessResourceFailureException.class,
						CannotCreateTransactionException.class, SQLTransientConnectionException.class);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
