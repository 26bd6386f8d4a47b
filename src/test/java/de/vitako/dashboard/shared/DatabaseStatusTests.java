package de.vitako.dashboard.shared;

import java.net.ConnectException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseStatusTests {

	@Test
	void logsEachChangeOnceAndCountsTheRequestsItRefused(CapturedOutput output) {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		DatabaseStatus status = new DatabaseStatus(meters);
		for (int i = 0; i < 100; i++) {
			status.unreachable(new IllegalStateException(new ConnectException("Connection refused")));
			status.refusedRequest();
		}
		assertThat(status.reachable()).isFalse();
		assertThat(meters.get("vitako.database.reachable").gauge().value()).isZero();
		status.reached();
		status.reached();
		assertThat(status.reachable()).isTrue();
		assertThat(meters.get("vitako.database.unavailable.requests").counter().count()).isEqualTo(100);
		assertThat(output.toString().lines().filter((line) -> line.contains("cannot be reached"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("ConnectException: Connection refused"));
		assertThat(output.toString().lines().filter((line) -> line.contains("can be reached again"))).hasSize(1);
		assertThat(output).doesNotContain("\tat ");
	}

}
