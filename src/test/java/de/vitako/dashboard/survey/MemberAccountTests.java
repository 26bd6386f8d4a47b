package de.vitako.dashboard.survey;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A member's contact gets an account by invitation: a personal link, used once and only until it expires, to set a
 * password under the staff's rules; then they log in with their e-mail address and see their own organisation
 * only. Removed contacts and organisations that left cannot log in; a forgotten password is reset by mail.
 */
@IntegrationTest
class MemberAccountTests {

	private static final Pattern LINK = Pattern.compile("/member/password/([A-Za-z0-9_-]{43})");

	private static final String PASSWORD = "Vier gute Wörter reichen";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void anInvitedContactSetsAPasswordOnceLogsInAndSeesOnlyTheirOrganisation() {
		long id = member("Kreis-IT " + this.tag);
		long other = member("Nachbar-IT " + this.tag);
		String email = "anna." + this.tag + "@example.org";
		long contact = contact(id, "Anna Beispiel", email);
		String token = invite(id, contact);
		assertThat(this.jdbc.queryForObject("select subject from mail_outbox where recipient = ? order by id desc limit 1",
				String.class, email)).isEqualTo("Einladung in den Vitako-Mitgliederbereich");
		assertThat(this.jdbc.queryForObject("select count(*) from member_link where token_hash = ?", Integer.class,
				token)).as("the token itself is not stored").isZero();

		assertThat(this.mvc.get().uri("/member/password/" + token)).hasStatusOk()
			.bodyText()
			.contains("Passwort festlegen", email);
		assertThat(setPassword(token, "kurz", "kurz")).hasStatus(422).bodyText().contains("mindestens 12 Zeichen");
		assertThat(setPassword(token, email, email)).hasStatus(422).bodyText().contains("nicht der Benutzername");
		assertThat(setPassword(token, PASSWORD, PASSWORD + "!")).hasStatus(422).bodyText()
			.contains("stimmen nicht überein");
		assertThat(setPassword(token, PASSWORD, PASSWORD)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?passwordSet");
		assertThat(setPassword(token, "Ein ganz anderes Passwort", "Ein ganz anderes Passwort")).hasStatus(410)
			.bodyText()
			.contains("schon benutzt");

		assertThat(login(email.toUpperCase(), PASSWORD)).as("in the language of the contact's mails")
			.hasRedirectedUrl("/member?lang=de");
		assertThat(this.mvc.post().uri("/login").param("username", email).param("password", PASSWORD)
			.cookie(new Cookie("vitako-lang", "en"))
			.with(csrf())).as("a language chosen on the site stays").hasRedirectedUrl("/member");
		String english = "english." + this.tag + "@example.org";
		this.registry.addContact(id, this.registry.get(id).orElseThrow().version(),
				new ContactDetails("English", english, "en"));
		this.jdbc.update("update member_contact set password_hash = ?, password_set_at = now() where email = ?",
				"{noop}" + PASSWORD, english);
		assertThat(login(english, PASSWORD)).hasRedirectedUrl("/member?lang=en");
		assertThat(login(email, "Ein ganz anderes Passwort")).hasRedirectedUrl("/login?error");
		assertThat(this.mvc.get().uri("/member").with(user(email).roles("MEMBER"))).hasStatusOk()
			.bodyText()
			.contains("Kreis-IT " + this.tag, "Anna Beispiel")
			.doesNotContain("Nachbar-IT " + this.tag);
		assertThat(this.mvc.get().uri("/admin/members/" + other).with(user(email).roles("MEMBER"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/member").with(user(email).roles("MEMBER")))
			.headers()
			.hasValue("Cache-Control", "no-store");
	}

	/**
	 * As a browser does it, with no session: the link's form carries its CSRF token in a cookie, so the password
	 * is set, and the member logs in over real HTTP. A form sent without the cookie's token is refused.
	 */
	@Test
	void aBrowserWithoutASessionSetsThePasswordAndLogsIn(@LocalServerPort int port) {
		String base = "http://localhost:" + port;
		long id = member("Browser " + this.tag);
		String email = "eve." + this.tag + "@example.org";
		String token = invite(id, contact(id, "Eve", email));
		WebClient forged = new WebClient();
		assertThat(forged.postForm(base + "/member/password/" + token,
				Map.of("password", PASSWORD, "repeat", PASSWORD, "_csrf", "forged")).statusCode()).isEqualTo(403);
		WebClient browser = new WebClient();
		String csrf = browser.csrfToken(base + "/member/password/" + token);
		HttpResponse<String> set = browser.postForm(base + "/member/password/" + token,
				Map.of("password", PASSWORD, "repeat", PASSWORD, "_csrf", csrf));
		assertThat(set.statusCode()).isEqualTo(302);
		assertThat(set.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith(
				"/login?passwordSet"));
		assertThat(browser.login(base, email, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/member?lang=de"));
		assertThat(browser.get(base + "/member").body()).contains("Browser " + this.tag);
		String resetCsrf = new WebClient().csrfToken(base + "/member/password-reset");
		assertThat(resetCsrf).isNotBlank();
	}

	@Test
	void anExpiredForgedOrOrphanedLinkOpensNothing() {
		long id = member("Abgelaufen " + this.tag);
		long contact = contact(id, "Ben", "ben." + this.tag + "@example.org");
		String expired = invite(id, contact);
		this.jdbc.update("update member_link set created_at = now() - interval '15 days', expires_at = now() - interval '1 day' where token_hash = encode(sha256(?::bytea), 'hex')",
				expired);
		assertThat(this.mvc.get().uri("/member/password/" + expired)).hasStatus(410).bodyText().contains("abgelaufen");
		assertThat(setPassword(expired, PASSWORD, PASSWORD)).hasStatus(410);

		String forged = "A".repeat(43);
		assertThat(this.mvc.get().uri("/member/password/" + forged)).hasStatus(404).bodyText()
			.contains("Diesen Link gibt es nicht");

		String orphaned = invite(id, contact);
		long version = this.registry.get(id).orElseThrow().version();
		this.registry.removeContact(id, version, contact);
		assertThat(this.mvc.get().uri("/member/password/" + orphaned)).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from member_contact where id = ? and password_hash is null",
				Integer.class, contact)).isOne();
	}

	@Test
	void aContactWhoWasRemovedOrWhoseOrganisationLeftCannotLogIn() {
		long id = member("Geht " + this.tag);
		String email = "cleo." + this.tag + "@example.org";
		long contact = contact(id, "Cleo", email);
		setPassword(invite(id, contact), PASSWORD, PASSWORD);
		assertThat(login(email, PASSWORD)).hasRedirectedUrl("/member?lang=de");
		this.registry.leave(id, this.registry.get(id).orElseThrow().version());
		assertThat(login(email, PASSWORD)).hasRedirectedUrl("/login?error");
		this.registry.rejoin(id, this.registry.get(id).orElseThrow().version());
		this.registry.removeContact(id, this.registry.get(id).orElseThrow().version(), contact);
		assertThat(login(email, PASSWORD)).hasRedirectedUrl("/login?error");
	}

	@Test
	void aForgottenPasswordIsResetByMailWithoutTellingWhichAddressesAreKnown() {
		long id = member("Vergesslich " + this.tag);
		String email = "dora." + this.tag + "@example.org";
		long contact = contact(id, "Dora", email);
		setPassword(invite(id, contact), PASSWORD, PASSWORD);
		assertThat(requestReset(email)).hasRedirectedUrl("/member/password-reset?sent");
		assertThat(requestReset("nobody." + this.tag + "@example.org")).hasRedirectedUrl("/member/password-reset?sent");
		assertThat(requestReset(email)).as("a second request within ten minutes sends nothing")
			.hasRedirectedUrl("/member/password-reset?sent");
		assertThat(this.jdbc.queryForList("select kind from mail_outbox where recipient = ? order by id", String.class,
				email))
			.containsExactly("invitation", "reset");
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
				"nobody." + this.tag + "@example.org")).isZero();
		String token = lastLink(email);
		assertThat(this.mvc.get().uri("/member/password/" + token)).hasStatusOk().bodyText()
			.contains("Neues Passwort festlegen");
		assertThat(setPassword(token, "Das neue Passwort ist lang", "Das neue Passwort ist lang"))
			.hasRedirectedUrl("/login?passwordSet");
		assertThat(login(email, PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(login(email, "Das neue Passwort ist lang")).hasRedirectedUrl("/member?lang=de");
	}

	private long member(String name) {
		return this.registry.add(new MemberDetails(name, name.replace(' ', '-'), "data_centre", "NW", null), "test");
	}

	private long contact(long member, String name, String email) {
		this.registry.addContact(member, this.registry.get(member).orElseThrow().version(),
				new ContactDetails(name, email, "de"));
		return this.registry.get(member)
			.orElseThrow()
			.contacts()
			.stream()
			.filter((contact) -> contact.details().email().equals(email))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** Invites the contact as an admin would, and returns the token from the mail in the outbox. */
	private String invite(long member, long contact) {
		assertThat(this.mvc.post()
			.uri("/admin/members/" + member + "/contacts/" + contact + "/invite")
			.with(user("admin").roles("ADMIN"))
			.with(csrf())).hasStatus3xxRedirection();
		String email = this.jdbc.queryForObject("select email from member_contact where id = ?", String.class, contact);
		return lastLink(email);
	}

	private String lastLink(String email) {
		String text = this.jdbc.queryForObject(
				"select text_body from mail_outbox where recipient = ? order by id desc limit 1", String.class, email);
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as("a link in the mail").isTrue();
		return link.group(1);
	}

	private MvcTestResult setPassword(String token, String password, String repeat) {
		return this.mvc.post()
			.uri("/member/password/" + token)
			.param("password", password)
			.param("repeat", repeat)
			.with(csrf())
			.exchange();
	}

	private MvcTestResult requestReset(String email) {
		return this.mvc.post().uri("/member/password-reset").param("email", email).with(csrf()).exchange();
	}

	private MvcTestResult login(String email, String password) {
		return this.mvc.perform(formLogin("/login").user(email).password(password));
	}

}
