package de.vitako.dashboard.admin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import de.vitako.dashboard.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Survey staff import the member list from CSV or Excel with the import's preview: new organisations and contacts
 * are added, known ones get the list's details, all or nothing; a row the member forms would refuse is refused with
 * its row number, and the registry downloads in the same columns to be imported again.
 */
@IntegrationTest
class MemberImportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aListIsPreviewedThenAppliedAndTheDownloadImportsAgainWithoutChange() {
		String csv = """
				Kurzname;Name;Art;Bundesland;Website;Ansprechperson;E-Mail;Sprache
				kdn-%1$s;Datenverarbeitung Nord;Rechenzentrum;NW;https://kdn.example;Anna;anna.%1$s@example.org;de
				kdn-%1$s;Datenverarbeitung Nord;Rechenzentrum;NW;https://kdn.example;Ben North;ben.%1$s@example.org;en
				soft-%1$s;Softwarehaus Süd;Softwarehaus;bundesweit;;;;
				""".formatted(this.tag);
		MvcTestResult preview = upload("mitglieder.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(preview).hasStatusOk().bodyText()
			.contains("2 neue Organisationen, 0 mit geänderten Angaben, 2 neue Ansprechpersonen",
					"neu: kdn-" + this.tag + " – Datenverarbeitung Nord",
					"neue Ansprechperson bei kdn-" + this.tag + ": Ben North (ben." + this.tag + "@example.org)");
		assertThat(members()).as("a preview stores nothing").isZero();
		Cookie[] session = preview.getResponse().getCookies();
		assertThat(post("/admin/members/import/apply", session)).hasStatus3xxRedirection();
		assertThat(members()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("""
				select m.short_name || ' ' || m.kind || ' ' || coalesce(m.federal_state, '-') || ' ' || c.email || ' '
				       || c.language
				from member m join member_contact c on c.member_id = m.id where m.short_name like ? order by c.email""",
				String.class, "%-" + this.tag))
			.containsExactly("kdn-" + this.tag + " data_centre NW anna." + this.tag + "@example.org de",
					"kdn-" + this.tag + " data_centre NW ben." + this.tag + "@example.org en");
		assertThat(post("/admin/members/import/apply", session)).as("applied once").hasStatus3xxRedirection();
		assertThat(members()).isEqualTo(2);

		MvcTestResult download = this.mvc.get().uri("/admin/members/import/members.csv")
			.with(user("staff").roles("SURVEY"))
			.exchange();
		assertThat(download).hasStatusOk().bodyText()
			.startsWith("\uFEFFKurzname;Name;Art;Bundesland;Website;Ansprechperson;E-Mail;Sprache")
			.contains("soft-" + this.tag + ";Softwarehaus Süd;Softwarehaus;;;;;");
		assertThat(upload("mitglieder.csv", download.getResponse().getContentAsByteArray())).hasStatusOk()
			.bodyText()
			.contains("Die Datei ändert nichts");

		String changed = """
				Short name;Name;Kind;Federal state;Website;Contact;E-mail;Language
				soft-%1$s;Softwarehaus Süd GmbH;Software company;BY;;Clara;clara.%1$s@example.org;English
				""".formatted(this.tag);
		MvcTestResult english = upload("members.csv", changed.getBytes(StandardCharsets.UTF_8));
		assertThat(english).hasStatusOk().bodyText().contains("geänderte Angaben: soft-" + this.tag);
		assertThat(post("/admin/members/import/apply", english.getResponse().getCookies())).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select name || ' ' || federal_state from member where short_name = ?",
				String.class, "soft-" + this.tag)).isEqualTo("Softwarehaus Süd GmbH BY");
	}

	@Test
	void rowsTheFormsWouldRefuseAreRefusedWithTheirRowsAndNothingIsStored() throws Exception {
		String csv = """
				Kurzname;Name;Art;Bundesland;Website;Ansprechperson;E-Mail;Sprache
				a-%1$s;A;Rechenzentrum;XX;ftp://a;Anna;keine-adresse;de
				b-%1$s;B;Bäckerei;;;;;
				c-%1$s;C;Sonstige;;;Carl;carl.%1$s@example.org;de
				c-%1$s;C anders;Sonstige;;;Cora;cora.%1$s@example.org;de
				d-%1$s;D;Sonstige;;;Dora;carl.%1$s@example.org;fr
				""".formatted(this.tag);
		assertThat(upload("mitglieder.csv", csv.getBytes(StandardCharsets.UTF_8))).hasStatus(422).bodyText()
			.contains("nicht übernommen", "Zeile 2: Bitte wählen Sie ein Bundesland aus der Liste.",
					"Zeile 2: Bitte geben Sie eine Adresse mit http:// oder https:// an.",
					"Zeile 2: Bitte geben Sie eine E-Mail-Adresse an",
					"Zeile 3: Bitte wählen Sie die Art der Organisation.",
					"Zeile 5: Die Angaben zu c-" + this.tag + " weichen von Zeile 4 ab",
					"Zeile 6: Die Adresse carl." + this.tag + "@example.org steht schon in Zeile 4.",
					"Zeile 6: Bitte wählen Sie die Sprache der Mails.");
		assertThat(upload("mitglieder.csv", "Kurzname;Name\nx;y\n".getBytes(StandardCharsets.UTF_8)))
			.hasStatus(422).bodyText().contains("Es fehlen Spalten: Art / Kind.");

		this.jdbc.update("""
				insert into member (name, short_name, kind, created_by, created_at)
				values ('Alt', ?, 'other', 't', now())""",
				"alt-" + this.tag);
		this.jdbc.update("""
				insert into member_contact (member_id, name, email, language, created_at)
				select id, 'Erik', ?, 'de', now() from member where short_name = ?""",
				"erik." + this.tag + "@example.org", "alt-" + this.tag);
		byte[] workbook = workbook("neu-" + this.tag, "erik." + this.tag + "@example.org");
		assertThat(upload("mitglieder.xlsx", workbook)).hasStatus(422).bodyText()
			.contains("gehört schon zu einer Ansprechperson eines anderen Mitglieds als neu-" + this.tag);
		assertThat(members()).isEqualTo(1);
		assertThat(upload("mitglieder.xlsx", workbook("neu-" + this.tag, "nora." + this.tag + "@example.org")))
			.as("an Excel workbook is read by the same rules").hasStatusOk().bodyText()
			.contains("1 neue Organisationen");
	}

	private static byte[] workbook(String shortName, String email) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Mitglieder");
			String[][] rows = { { "Kurzname", "Name", "Art", "E-Mail", "Ansprechperson" },
					{ shortName, "Neu", "IT-Dienstleister", email, "Nora" } };
			for (int i = 0; i < rows.length; i++) {
				Row row = sheet.createRow(i);
				for (int j = 0; j < rows[i].length; j++) {
					row.createCell(j).setCellValue(rows[i][j]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private int members() {
		return this.jdbc.queryForObject("select count(*) from member where short_name like ?", Integer.class,
				"%-" + this.tag);
	}

	private MvcTestResult upload(String name, byte[] file) {
		return this.mvc.post().uri("/admin/members/import").multipart()
			.file(new MockMultipartFile("file", name, null, file))
			.with(user("staff").roles("SURVEY"))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult post(String uri, Cookie[] session) {
		return this.mvc.post().uri(uri).cookie(session).with(user("staff").roles("SURVEY")).with(csrf()).exchange();
	}

}
