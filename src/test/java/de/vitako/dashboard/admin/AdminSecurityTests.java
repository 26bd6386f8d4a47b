package de.vitako.dashboard.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.Cookie;

import de.vitako.dashboard.config.EmbeddedDatabase;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class AdminSecurityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	FlywayConnectionDetails owner;

	@Autowired
	JdbcConnectionDetails app;

	@AfterEach
	void forgetFailedLogins() {
		this.jdbc.update("delete from login_throttle");
	}

	@Test
	void sendsAnonymousVisitorsToTheLogin() {
		assertThat(this.mvc.get().uri("/admin/figures")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void refusesUsersWithoutTheAdminRole() {
		assertThat(this.mvc.get().uri("/admin/figures").with(user("reader").roles("USER")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void refusesAPostWithoutCsrfTokenOrSession() {
		assertThat(this.mvc.post().uri("/admin/figures/1/delete").param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/figures/1/delete").param("version", "0").with(user("admin").roles("ADMIN")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.queryForObject("select count(*) from figure where id = 1", Integer.class)).isEqualTo(1);
	}

	@Test
	void sendsAnExpiredSessionToTheLoginWithAMessage() {
		String staleSession = Base64.getEncoder()
			.encodeToString("00000000-0000-0000-0000-000000000000".getBytes(StandardCharsets.UTF_8));
		MvcTestResult result = this.mvc.post()
			.uri("/admin/figures/1/edit")
			.param("value", "1")
			.cookie(new Cookie("SESSION", staleSession))
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?expired");
		assertThat(this.mvc.get().uri("/login?expired")).bodyText().contains("Sitzung war abgelaufen");
	}

	@Test
	void logsInWithTheBootstrappedAdminAndAChangedSessionId() {
		MvcTestResult login = login("admin", "test-admin-password", "192.0.2.10");
		assertThat(login).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(this.mvc.get().uri("/admin/figures").cookie(session))
			.hasStatusOk()
			.bodyText()
			.contains("Zahlen verwalten");
		// a session id planted before the login (session fixation) is replaced by a new one
		MvcTestResult again = this.mvc.post()
			.uri("/login")
			.param("username", "admin")
			.param("password", "test-admin-password")
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(again).hasStatus(HttpStatus.FOUND);
		assertThat(again.getResponse().getCookie("SESSION")).isNotNull()
			.extracting(Cookie::getValue)
			.isNotEqualTo(session.getValue());
		assertThat(login("admin", "wrong", "192.0.2.10")).redirectedUrl().isEqualTo("/login?error");
	}

	@Test
	void countsLookalikeNamesAgainstTheSameAccount() {
		this.jdbc.update(
				"insert into admin_user (username, password_hash, display_name, role) values ('kai', ?, 'Kai', 'editor')",
				this.encoder.encode("kai-password-123"));
		try {
			// KELVIN SIGN and full-width letters are the same name after NFKC and lower case
			assertThat(login("\u212Aai", "kai-password-123", "192.0.2.30")).redirectedUrl().isEqualTo("/admin");
			for (String name : List.of("kai", "KAI", "\u212Aai", "\uFF4Bai", " Kai ")) {
				assertThat(login(name, "wrong", "192.0.2.31")).redirectedUrl().isEqualTo("/login?error");
			}
			assertThat(login("kai", "kai-password-123", "192.0.2.31")).redirectedUrl().isEqualTo("/login?locked");
			assertThat(this.jdbc.queryForList("select username from login_throttle where client_address = '192.0.2.31'",
					String.class)).containsExactly("kai");
		}
		finally {
			this.jdbc.update("delete from admin_user where username = 'kai'");
		}
	}

	@Test
	void aDottedCapitalINamesNoAccountSoItAddsNoGuesses() {
		// PostgreSQL's lower() and Java's ROOT lower case disagree on U+0130: it is not another key for 'admin'
		assertThat(login("adm\u0130n", "test-admin-password", "192.0.2.40")).redirectedUrl()
			.isEqualTo("/login?error");
		for (int i = 0; i < 5; i++) {
			assertThat(login("admin", "wrong-" + i, "192.0.2.41")).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login("adm\u0130n", "test-admin-password", "192.0.2.41")).redirectedUrl()
			.isEqualTo("/login?error");
		assertThat(login("admin", "test-admin-password", "192.0.2.41")).redirectedUrl().isEqualTo("/login?locked");
	}

	@Test
	void forgetsFailedLoginsThatNoLongerCount(@Autowired LoginThrottle throttle) {
		this.jdbc.update("""
				insert into login_throttle (username, client_address, failures, last_failure, locked_until) values
				('old', '192.0.2.50', 3, now() - interval '1 hour', null),
				('expired', '192.0.2.50', 5, now() - interval '1 hour', now() - interval '50 minutes'),
				('recent', '192.0.2.50', 2, now(), null),
				('locked', '192.0.2.50', 5, now(), now() + interval '5 minutes')""");
		throttle.forgetOld();
		assertThat(this.jdbc.queryForList("select username from login_throttle order by username", String.class))
			.containsExactly("locked", "recent");
	}

	@Test
	void locksAUserOutFromOneAddressAfterFiveFailures() {
		for (int i = 0; i < 5; i++) {
			assertThat(login("admin", "wrong-" + i, "192.0.2.66")).redirectedUrl().isEqualTo("/login?error");
		}
		assertThat(login("admin", "test-admin-password", "192.0.2.66")).redirectedUrl().isEqualTo("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).bodyText().contains("gesperrt");
		assertThat(login("admin", "test-admin-password", "192.0.2.77")).redirectedUrl().isEqualTo("/admin");
	}

	@Test
	void storesPasswordsOnlyAsModernHashes() {
		String hash = this.jdbc.queryForObject("select password_hash from admin_user where username = 'admin'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("test-admin-password");
		assertThat(this.encoder.matches("test-admin-password", hash)).isTrue();
	}

	@Test
	void createsOneFirstAdminEvenWhenTwoInstancesStartAtOnce(@Autowired ObjectProvider<EmbeddedDatabase> embedded) {
		// accounts are never deleted, so a database without accounts is a scratch schema of the same tables
		try (ScratchAccounts scratch = new ScratchAccounts(this.owner, this.app)) {
			AdminBootstrap first = new AdminBootstrap(scratch.jdbc, scratch.transaction, this.encoder, embedded,
					new AdminProperties("admin", "another-password", Duration.ofMinutes(5)));
			AdminBootstrap second = new AdminBootstrap(scratch.jdbc, scratch.transaction, this.encoder, embedded,
					new AdminProperties("admin2", "another-password", Duration.ofMinutes(5)));
			CompletableFuture.allOf(CompletableFuture.runAsync(() -> first.run(null)),
					CompletableFuture.runAsync(() -> second.run(null)))
				.join();
			assertThat(scratch.jdbc.queryForObject("select count(*) from admin_user", Integer.class)).isEqualTo(1);
			assertThat(scratch.jdbc.queryForObject("select role from admin_user", String.class)).isEqualTo("admin");
			assertThat(scratch.jdbc.queryForObject("select action || ' by ' || changed_by from account_change",
					String.class))
				.isEqualTo("create by system");
		}
	}

	@Test
	void createsNoAdminOnAnExternalDatabaseWithoutAPassword(@Autowired ObjectProvider<EmbeddedDatabase> embedded) {
		try (ScratchAccounts scratch = new ScratchAccounts(this.owner, this.app)) {
			ObjectProvider<EmbeddedDatabase> none = new StaticListableBeanFactory()
				.getBeanProvider(EmbeddedDatabase.class);
			new AdminBootstrap(scratch.jdbc, scratch.transaction, this.encoder, none,
					new AdminProperties("admin", "", Duration.ofMinutes(5))).run(null);
			assertThat(scratch.jdbc.queryForObject("select count(*) from admin_user", Integer.class)).isZero();
			new AdminBootstrap(scratch.jdbc, scratch.transaction, this.encoder, embedded,
					new AdminProperties("generated", "", Duration.ofMinutes(5))).run(null);
			// a password is generated on the embedded database only
			assertThat(scratch.jdbc.queryForObject("select count(*) from admin_user", Integer.class))
				.isEqualTo(embedded.getIfAvailable() != null ? 1 : 0);
			assertThat(this.mvc.get().uri("/")).hasStatusOk();
		}
	}

	/**
	 * Empty copies of the account tables in a schema of their own, made by the schema's owner and used by the
	 * application's role, with a connection per use so that two bootstraps can race; dropped at the end.
	 */
	private static final class ScratchAccounts implements AutoCloseable {

		private final JdbcTemplate owner;

		final JdbcTemplate jdbc;

		final TransactionTemplate transaction;

		ScratchAccounts(FlywayConnectionDetails owner, JdbcConnectionDetails app) {
			this.owner = new JdbcTemplate(
					new DriverManagerDataSource(owner.getJdbcUrl(), owner.getUsername(), owner.getPassword()));
			this.owner.execute("drop schema if exists bootstrap_check cascade");
			this.owner.execute("create schema bootstrap_check");
			this.owner.execute("create table bootstrap_check.admin_user (like public.admin_user including all)");
			this.owner.execute(
					"create table bootstrap_check.account_change (like public.account_change including all)");
			this.owner.execute("grant usage on schema bootstrap_check to " + app.getUsername());
			this.owner.execute("grant select, insert on all tables in schema bootstrap_check to " + app.getUsername());
			this.owner.execute("grant usage on all sequences in schema bootstrap_check to " + app.getUsername());
			String url = app.getJdbcUrl() + (app.getJdbcUrl().contains("?") ? "&" : "?")
					+ "currentSchema=bootstrap_check";
			DriverManagerDataSource scratch = new DriverManagerDataSource(url, app.getUsername(), app.getPassword());
			this.jdbc = new JdbcTemplate(scratch);
			this.transaction = new TransactionTemplate(new DataSourceTransactionManager(scratch));
		}

		@Override
		public void close() {
			this.owner.execute("drop schema bootstrap_check cascade");
		}

	}

	@Test
	void protectsAdminPagesWithHeadersAndNoStore() {
		assertThat(this.mvc.get().uri("/admin/figures").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.headers()
			.satisfies((headers) -> {
				assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
					.doesNotContain("unsafe-inline");
				assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
				assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			});
	}

	private MvcTestResult login(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
