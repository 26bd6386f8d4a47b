package de.vitako.dashboard.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one database of the test suite, chosen once: a Testcontainers {@code postgres:17} where a Docker engine
 * answers, otherwise the application's own embedded PostgreSQL (its embedded default, with a data directory under
 * {@code target/} that is wiped on start; see {@code application-test.properties}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgres() {
		return SharedContainer.POSTGRES;
	}

	/** One container for every test context of the JVM, stopped by Testcontainers' reaper at the end. */
	private static final class SharedContainer {

		static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine");

	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	public static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
