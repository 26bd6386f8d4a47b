package de.vitako.dashboard.config;

import java.sql.SQLException;

import de.vitako.dashboard.shared.DatabaseFailures;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns the usual start-up failures into one clear message instead of a page of stack traces.
 */
final class StartupFailureAnalyzers {

	private StartupFailureAnalyzers() {
	}

	static class DataDirectory extends AbstractFailureAnalyzer<DataDirectoryNotWritableException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryNotWritableException cause) {
			return new FailureAnalysis(
					"The embedded PostgreSQL cannot keep its data in " + cause.directory()
							+ ": it is not a writable directory.",
					"Set VITAKO_DATA_DIR to a directory that this user can create and write, "
							+ "or set SPRING_DATASOURCE_URL to use an external PostgreSQL.",
					cause);
		}

	}

	static class DataDirectoryInUse extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
			return new FailureAnalysis(
					"A PostgreSQL server (PID " + cause.pid() + ") still runs on the data directory "
							+ cause.directory() + ", probably left behind by an earlier run that was killed.",
					"Stop it (kill " + cause.pid() + ") or wait until it has stopped, then start again; or set "
							+ "VITAKO_DATA_DIR to another directory.",
					cause);
		}

	}

	static class DatabaseConnection extends AbstractFailureAnalyzer<SQLException> {

		private final Environment environment;

		DatabaseConnection(Environment environment) {
			this.environment = environment;
		}

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
			String state = cause.getSQLState();
			// unreachable, or reachable but refusing the login (28) or lacking the database (3D000)
			boolean connectionProblem = DatabaseFailures.serverUnreachable(rootFailure)
					|| (state != null && (state.startsWith("28") || state.equals("3D000")));
			if (!connectionProblem) {
				return null;
			}
			String url = this.environment.getProperty("spring.datasource.url", "(embedded PostgreSQL)");
			return new FailureAnalysis(
					"Cannot connect to PostgreSQL at " + withoutCredentials(url) + ": " + cause.getMessage(),
					"Check that the database server runs and is reachable, and that SPRING_DATASOURCE_URL, "
							+ "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right "
							+ "(or unset SPRING_DATASOURCE_URL to use the embedded PostgreSQL).",
					null);
		}

		static String withoutCredentials(String url) {
			return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*@", "//");
		}

	}

}
