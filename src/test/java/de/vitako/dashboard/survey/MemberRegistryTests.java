package de.vitako.dashboard.survey;

import java.util.UUID;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins keep the registry of members and their contacts through the admin pages: what they enter is checked,
 * a form opened before another admin's change saves nothing, and an organisation that leaves stays with its
 * contacts.
 */
@IntegrationTest
class MemberRegistryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MemberRegistry registry;

	@Autowired
	JdbcTemplate jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void anAdminAddsAMemberWithItsContactsAndItLeavesWithoutLosingThem() {
		MvcTestResult added = post("/admin/members", "name", "Kommunales Rechenzentrum " + this.tag, "shortName",
				"KRZ-" + this.tag, "kind", "data_centre", "federalState", "NW", "website", "https://krz.example.org");
		assertThat(added).hasStatus3xxRedirection();
		long id = Long.parseLong(added.getResponse().getRedirectedUrl().replace("/admin/members/", ""));
		MemberEntry entry = this.registry.get(id).orElseThrow();
		assertThat(entry.details()).isEqualTo(new MemberDetails("Kommunales Rechenzentrum " + this.tag,
				"KRZ-" + this.tag, "data_centre", "NW", "https://krz.example.org"));

		assertThat(post("/admin/members/" + id + "/contacts", "contactName", "Anna Beispiel", "email",
				"anna." + this.tag + "@krz.example.org", "language", "de", "version", String.valueOf(entry.version())))
			.hasStatus3xxRedirection();
		entry = this.registry.get(id).orElseThrow();
		assertThat(entry.activeContacts()).extracting((c) -> c.details().email())
			.containsExactly("anna." + this.tag + "@krz.example.org");

		assertThat(post("/admin/members/" + id + "/leave", "version", String.valueOf(entry.version())))
			.hasStatus3xxRedirection();
		entry = this.registry.get(id).orElseThrow();
		assertThat(entry.left()).isTrue();
		assertThat(entry.contacts()).hasSize(1);
		assertThat(get("/admin/members")).bodyText().contains("KRZ-" + this.tag, "ausgetreten am");
		assertThat(get("/admin/members/" + id + "?lang=en")).bodyText()
			.contains("Anna Beispiel", "North Rhine-Westphalia", "Data centre", "Take back as a member");

		assertThat(post("/admin/members/" + id + "/rejoin", "version", String.valueOf(entry.version())))
			.hasStatus3xxRedirection();
		assertThat(this.registry.get(id).orElseThrow().left()).isFalse();
	}

	@Test
	void refusesBadInputWithMessagesAndStoresNothing() {
		long id = add("BAD");
		int members = count("member");
		assertThat(post("/admin/members", "name", " ", "shortName", "X", "kind", "castle", "federalState", "XX",
				"website", "javascript:alert(1)"))
			.hasStatus(422)
			.bodyText()
			.contains("Bitte geben Sie den Namen ein.", "Bitte wählen Sie die Art der Organisation.",
					"Bitte wählen Sie ein Bundesland aus der Liste.",
					"Bitte geben Sie eine Adresse mit http:// oder https:// an.");
		assertThat(post("/admin/members", "name", "Doppelt", "shortName", ("bad-" + this.tag).toUpperCase(), "kind",
				"other", "federalState", "", "website", ""))
			.hasStatus(422)
			.bodyText()
			.contains("trägt schon ein Mitglied");
		assertThat(count("member")).isEqualTo(members);

		long version = this.registry.get(id).orElseThrow().version();
		String email = "eva." + this.tag + "@example.org";
		post("/admin/members/" + id + "/contacts", "contactName", "Eva", "email", email, "language", "en", "version",
				String.valueOf(version));
		long other = add("OTHER");
		long otherVersion = this.registry.get(other).orElseThrow().version();
		assertThat(post("/admin/members/" + other + "/contacts", "contactName", "Eva", "email", email.toUpperCase(),
				"language", "de", "version", String.valueOf(otherVersion)))
			.hasStatus(422)
			.bodyText()
			.contains("gehört schon zu einer Ansprechperson");
		assertThat(post("/admin/members/" + other + "/contacts", "contactName", "Eva", "email", "eva at example",
				"language", "fr", "version", String.valueOf(otherVersion)))
			.hasStatus(422)
			.bodyText()
			.contains("Bitte geben Sie eine E-Mail-Adresse an", "Bitte wählen Sie die Sprache der Mails.");
		assertThat(this.registry.get(other).orElseThrow().contacts()).isEmpty();
		assertThat(get("/admin/members/999999999")).hasStatus(404);
	}

	@Test
	void aFormOpenedBeforeAnotherAdminsChangeSavesNothing() {
		long id = add("STALE");
		long opened = this.registry.get(id).orElseThrow().version();
		post("/admin/members/" + id + "/contacts", "contactName", "Jo", "email", "jo." + this.tag + "@example.org",
				"language", "de", "version", String.valueOf(opened));
		assertThat(post("/admin/members/" + id, "name", "Überschrieben", "shortName", "STALE-" + this.tag, "kind",
				"software", "federalState", "BY", "website", "", "version", String.valueOf(opened)))
			.hasStatus(422)
			.bodyText()
			.contains("Jemand hat dieses Mitglied geändert");
		assertThat(post("/admin/members/" + id + "/leave", "version", String.valueOf(opened)))
			.hasStatus3xxRedirection();
		MemberEntry entry = this.registry.get(id).orElseThrow();
		assertThat(entry.details().name()).isEqualTo("Mitglied " + this.tag);
		assertThat(entry.left()).isFalse();
	}

	private long add(String prefix) {
		MvcTestResult added = post("/admin/members", "name", "Mitglied " + this.tag, "shortName",
				prefix.toLowerCase() + "-" + this.tag, "kind", "service", "federalState", "", "website", "");
		assertThat(added).hasStatus3xxRedirection();
		return Long.parseLong(added.getResponse().getRedirectedUrl().replace("/admin/members/", ""));
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("admin").roles("ADMIN")).exchange();
	}

	private MvcTestResult post(String uri, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("admin").roles("ADMIN")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

}
