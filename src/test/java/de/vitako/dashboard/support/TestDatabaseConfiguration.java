package de.vitako.dashboard.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
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
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgres() {
		PostgreSQLContainer container = SharedContainer.POSTGRES;
		container.start();
		return container;
	}

	/** The application works as {@code vitako}, which owns nothing, as on the embedded default. */
	@Bean
	@Conditional(DockerAvailable.class)
	JdbcConnectionDetails containerConnectionDetails(PostgreSQLContainer postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "vitako";
			}

			@Override
			public String getPassword() {
				return "app-test-password";
			}

			@Override
			public String getJdbcUrl() {
				return vitakoUrl(postgres);
			}

		};
	}

	/** Flyway works as {@code vitako_owner}, which owns the schema. */
	@Bean
	@Conditional(DockerAvailable.class)
	FlywayConnectionDetails containerFlywayConnectionDetails(PostgreSQLContainer postgres) {
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return "vitako_owner";
			}

			@Override
			public String getPassword() {
				return "owner-test-password";
			}

			@Override
			public String getJdbcUrl() {
				return vitakoUrl(postgres);
			}

		};
	}

	private static String vitakoUrl(PostgreSQLContainer postgres) {
		return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/vitako";
	}

	/** One container for every test context of the JVM, stopped by Testcontainers' reaper at the end. */
	private static final class SharedContainer {

		static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:17-alpine")
			.withInitScript("testcontainers-roles.sql");

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
