package de.vitako.dashboard.admin;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Team accounts over real HTTP, with real sessions in PostgreSQL: created by an admin with a one-time password,
 * changed at the first login under the password rules, deactivated with their sessions ended at once, and the
 * last active admin kept.
 */
@IntegrationTest
class AccountTests {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("<code>([a-z2-9]{4}(?:-[a-z2-9]{4}){3})</code>");

	private static final String ANNAS_PASSWORD = "Kennzahlen wachsen jedes Jahr";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TeamAccounts accounts;

	private final WebClient admin = new WebClient();

	@AfterEach
	void forgetFailedLogins() {
		this.jdbc.update("delete from login_throttle");
	}

	@Test
	void createsAnAccountWhoseOneTimePasswordMustBeChangedFirst() {
		this.admin.login(base());
		long id = create("anna.berg", "Anna Berg", Role.EDITOR);
		HttpResponse<String> shown = this.admin.get(base() + "/admin/accounts/" + id);
		Matcher password = ONE_TIME_PASSWORD.matcher(shown.body());
		assertThat(password.find()).as("the one-time password is shown after the redirect").isTrue();
		assertThat(this.admin.get(base() + "/admin/accounts/" + id).body()).as("and only once")
			.doesNotContain(password.group(1));

		WebClient anna = new WebClient();
		assertThat(anna.login(base(), "anna.berg", password.group(1)).statusCode()).isEqualTo(302);
		HttpResponse<String> figures = anna.get(base() + "/admin/figures");
		assertThat(figures.statusCode()).isEqualTo(302);
		assertThat(figures.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/password"));

		assertThat(changePassword(anna, password.group(1), "zu kurz", "zu kurz").body())
			.contains("mindestens 12 Zeichen");
		assertThat(changePassword(anna, password.group(1), "ANNA.BERG", "ANNA.BERG").body())
			.contains("nicht der Benutzername");
		assertThat(changePassword(anna, password.group(1), "qwerty123456", "qwerty123456").body())
			.contains("häufig benutzter Passwörter");
		assertThat(changePassword(anna, password.group(1), ANNAS_PASSWORD, ANNAS_PASSWORD + "!").body())
			.contains("stimmen nicht überein");
		HttpResponse<String> wrongCurrent = changePassword(anna, "falsch-falsch-falsch", ANNAS_PASSWORD,
				ANNAS_PASSWORD);
		assertThat(wrongCurrent.body()).contains("Das aktuelle Passwort ist falsch").contains("<title>Fehler:");
		assertThat(account("anna.berg").mustChangePassword()).as("nothing refused was stored").isTrue();

		HttpResponse<String> changed = changePassword(anna, password.group(1), ANNAS_PASSWORD, ANNAS_PASSWORD);
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(anna.get(base() + "/admin/figures").body()).contains("Ihr Passwort wurde geändert");
		assertThat(anna.get(base() + "/admin/accounts").statusCode()).as("an editor manages no accounts")
			.isEqualTo(403);
		assertThat(account("anna.berg").mustChangePassword()).isFalse();
		assertThat(this.accounts.history(id)).extracting(AccountChange::action, AccountChange::changedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("change_password", "anna.berg"),
					org.assertj.core.groups.Tuple.tuple("create", "admin"));
	}

	@Test
	void deactivationEndsTheSessionsAtOnceAndRefusesLogins() {
		this.admin.login(base());
		long id = create("bernd.kurz", "Bernd Kurz", Role.PUBLISHER);
		WebClient bernd = loggedInWithOwnPassword(id, "bernd.kurz");
		assertThat(bernd.get(base() + "/admin/figures").statusCode()).isEqualTo(200);
		assertThat(sessionsOf("bernd.kurz")).isEqualTo(1);

		HttpResponse<String> deactivated = post(this.admin, "/admin/accounts/" + id + "/deactivate",
				Map.of("version", String.valueOf(account("bernd.kurz").version())));
		assertThat(deactivated.statusCode()).isEqualTo(302);
		assertThat(sessionsOf("bernd.kurz")).as("no instance finds the session any more").isZero();
		HttpResponse<String> next = bernd.get(base() + "/admin/figures");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).contains("/login"));
		assertThat(new WebClient().login(base(), "bernd.kurz", ANNAS_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		assertThat(this.accounts.history(id)).first()
			.extracting(AccountChange::action, AccountChange::changedBy)
			.containsExactly("deactivate", "admin");

		post(this.admin, "/admin/accounts/" + id + "/reactivate",
				Map.of("version", String.valueOf(account("bernd.kurz").version())));
		assertThat(account("bernd.kurz").active()).isTrue();
		assertThat(new WebClient().login(base(), "bernd.kurz", ANNAS_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
	}

	/** An address is a number, written as one: {@code 0x1} is no account, not account 1. */
	@Test
	void findsAccountsOnlyByTheirNumber() {
		this.admin.login(base());
		long id = account("admin").id();
		assertThat(this.admin.get(base() + "/admin/accounts/" + id).statusCode()).isEqualTo(200);
		for (String odd : new String[] { "0x" + Long.toHexString(id), "+" + id, "0" + id, id + ".0" }) {
			assertThat(this.admin.get(base() + "/admin/accounts/" + odd).statusCode()).as(odd).isEqualTo(404);
		}
	}

	@Test
	void keepsTheLastActiveAdmin() {
		this.admin.login(base());
		Account self = account("admin");
		String refused = post(this.admin, "/admin/accounts/" + self.id() + "/deactivate",
				Map.of("version", String.valueOf(self.version()))).headers().firstValue("Location").orElseThrow();
		assertThat(this.admin.get(refused.startsWith("http") ? refused : base() + refused).body())
			.contains("letzte aktive Konto mit der Rolle Verwaltung");
		HttpResponse<String> demoted = post(this.admin, "/admin/accounts/" + self.id(), Map.of("username", "admin",
				"displayName", "admin", "role", "EDITOR", "version", String.valueOf(self.version())));
		assertThat(demoted.body()).contains("letzte aktive Konto mit der Rolle Verwaltung")
			.as("no empty error summary beside the message: no field has an error")
			.doesNotContain("error-summary");
		assertThat(account("admin")).isEqualTo(self);

		// with a second active admin, the first may step down, and the second may not follow
		long second = create("clara.admin", "Clara", Role.ADMIN);
		this.jdbc.update("update admin_user set must_change_password = false where id = ?", second);
		try {
			this.accounts.update(self.id(), self.version(), "admin", Role.PUBLISHER, "admin");
			assertThat(account("admin").role()).isEqualTo(Role.PUBLISHER);
			Account clara = account("clara.admin");
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> this.accounts.deactivate(clara.id(), clara.version(), "clara.admin"))
				.isInstanceOf(AccountRefusedException.class)
				.hasMessage("account.lastAdmin");
		}
		finally {
			this.jdbc.update("update admin_user set role = 'admin' where username = 'admin'");
			this.jdbc.update("update admin_user set enabled = false where id = ?", second);
		}
	}

	@Test
	void refusesBadAccountInputAndStoresNothing() {
		this.admin.login(base());
		create("dora.doppelt", "Dora", Role.EDITOR);
		int before = this.jdbc.queryForObject("select count(*) from admin_user", Integer.class);
		Map<String, String> valid = Map.of("username", "neu.konto", "displayName", "Neu", "role", "EDITOR");
		assertThat(createForm(with(valid, "username", "DORA.doppelt")).body()).contains("gibt es schon");
		assertThat(createForm(with(valid, "username", "dörte")).body()).contains("Buchstaben ohne Umlaute");
		assertThat(createForm(with(valid, "username", "")).body()).contains("einen Benutzernamen");
		assertThat(createForm(with(valid, "displayName", "<script>alert(1)</script>")).body())
			.contains("ohne HTML-Zeichen");
		assertThat(createForm(with(valid, "displayName", "x".repeat(101))).body()).contains("höchstens 100 Zeichen");
		// a role no form offers was tampered with: refused, like a NUL character
		assertThat(createForm(with(valid, "role", "SUPERUSER")).statusCode()).isEqualTo(400);
		assertThat(createForm(with(valid, "displayName", "Null\u0000Byte")).statusCode()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("select count(*) from admin_user", Integer.class)).isEqualTo(before);
	}

	@Test
	void onlyAdminsManageAccounts() {
		for (String role : new String[] { "EDITOR", "PUBLISHER" }) {
			assertThat(this.mvc.get().uri("/admin/accounts").with(user("x").roles(role)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/admin/accounts/new").with(user("x").roles(role)))
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.get().uri("/admin/figures").with(user("x").roles(role))).hasStatusOk();
		}
		assertThat(this.mvc.get().uri("/admin/accounts?lang=de").with(user("admin").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.as("the list's column headers, in order")
			.containsSubsequence("<th scope=\"col\">Benutzername</th>", "<th scope=\"col\">Name</th>",
					"<th scope=\"col\">Rolle</th>", "<th scope=\"col\">Status</th>");
		assertThat(this.mvc.get().uri("/admin/accounts")).hasStatus(HttpStatus.FOUND);
	}

	private WebClient loggedInWithOwnPassword(long id, String username) {
		Matcher password = ONE_TIME_PASSWORD.matcher(this.admin.get(base() + "/admin/accounts/" + id).body());
		assertThat(password.find()).isTrue();
		WebClient client = new WebClient();
		client.login(base(), username, password.group(1));
		assertThat(changePassword(client, password.group(1), ANNAS_PASSWORD, ANNAS_PASSWORD).statusCode())
			.isEqualTo(302);
		return client;
	}

	private long create(String username, String displayName, Role role) {
		HttpResponse<String> created = createForm(
				Map.of("username", username, "displayName", displayName, "role", role.name()));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		return account(username).id();
	}

	private HttpResponse<String> createForm(Map<String, String> form) {
		return post(this.admin, "/admin/accounts/new", form);
	}

	private HttpResponse<String> changePassword(WebClient client, String current, String password, String repeat) {
		return post(client, "/admin/password", Map.of("current", current, "password", password, "repeat", repeat));
	}

	private HttpResponse<String> post(WebClient client, String path, Map<String, String> form) {
		Map<String, String> withToken = new HashMap<>(form);
		withToken.put("_csrf", client.csrfToken(base() + "/admin/password"));
		return client.postForm(base() + path, withToken);
	}

	private static Map<String, String> with(Map<String, String> form, String key, String value) {
		Map<String, String> changed = new HashMap<>(form);
		changed.put(key, value);
		return changed;
	}

	private Account account(String username) {
		return this.accounts.byUsername(username).orElseThrow();
	}

	private int sessionsOf(String username) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				username);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
