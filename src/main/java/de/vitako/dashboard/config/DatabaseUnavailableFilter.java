package de.vitako.dashboard.config;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.shared.DatabaseFailures;
import de.vitako.dashboard.shared.DatabaseStatus;

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

	private final DatabaseStatus database;

	DatabaseUnavailableFilter(DatabaseStatus database) {
		this.database = database;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.database.reachable() && needsDatabase(request)) {
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
			this.database.unreachable(ex);
			response.resetBuffer();
			unavailable(response);
		}
	}

	/** The admin area (its sessions live in PostgreSQL), the exports and every write, a login included. */
	private static boolean needsDatabase(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		return path.startsWith("/admin") || path.startsWith("/export/") || !read;
	}

	private void unavailable(HttpServletResponse response) throws IOException {
		this.database.refusedRequest();
		response.setHeader("Retry-After", "10");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/** The server cannot be reached, or no connection could be had in time (pool or transaction start). */
	static boolean databaseUnavailable(Throwable failure) {
		return DatabaseFailures.serverUnreachable(failure)
				|| DatabaseFailures.causedBy(failure, DataAccessResourceFailureException.class,
						CannotCreateTransactionException.class, SQLTransientConnectionException.class);
	}


}
