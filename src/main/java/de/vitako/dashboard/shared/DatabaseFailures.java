package de.vitako.dashboard.shared;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Tells a database that cannot be reached from other failures, by the causes of an exception.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether a connection to the database server failed: refused, broken or timed out at the network level
	 * (SQLState class 08). A connection pool that is merely busy does not count.
	 */
	public static boolean serverUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof ConnectException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

	/** Whether any cause is of the given type. */
	public static boolean causedBy(Throwable failure, Class<?>... types) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			for (Class<?> type : types) {
				if (type.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

}
