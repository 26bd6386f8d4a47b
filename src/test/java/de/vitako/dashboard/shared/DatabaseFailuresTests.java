package de.vitako.dashboard.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailuresTests {

	@Test
	void recognisesARefusedOrBrokenConnectionAmongTheCauses() {
		assertThat(DatabaseFailures.serverUnreachable(new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("timed out", null, new SQLException("refused", "08001")))))
			.isTrue();
		assertThat(DatabaseFailures.serverUnreachable(new IllegalStateException(new ConnectException("refused"))))
			.isTrue();
	}

	@Test
	void doesNotTakeABusyPoolOrABadQueryForAnOutage() {
		assertThat(DatabaseFailures.serverUnreachable(new CannotGetJdbcConnectionException("no connection",
				new SQLTransientConnectionException("Connection is not available, request timed out")))).isFalse();
		assertThat(DatabaseFailures.serverUnreachable(new SQLException("syntax error", "42601"))).isFalse();
		assertThat(DatabaseFailures.causedBy(new IllegalStateException(new SQLTransientConnectionException("busy")),
				SQLTransientConnectionException.class)).isTrue();
	}

}
