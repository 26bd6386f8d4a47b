package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.draft.FigureEditor;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The admin forms, each rule at the form: bad input gets a message on its field and stores nothing; warnings must
 * be confirmed; a stale form is refused; every change is recorded. Tests work on figures of 2021, which they
 * remove again.
 */
@IntegrationTest
class AdminFormTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FigureEditor editor;

	@Autowired
	FigureSnapshots snapshots;

	long figureId;

	@BeforeEach
	void addTemporaryFigure() {
		this.figureId = FigureFixtures.addEmployees2021(this.jdbc, "15500", "Vorläufig");
		this.snapshots.refresh();
	}

	@AfterEach
	void removeTemporaryFigures() {
		this.jdbc.update("delete from figure where year >= 2021");
		this.snapshots.refresh();
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', value = { "''| Bitte geben Sie einen Wert ein", "'   '| Bitte geben Sie einen Wert ein",
			"abc| Das ist keine Zahl", "1e309| Das ist keine Zahl", "NaN| Das ist keine Zahl",
			"-0| Negative Werte", "-5| Negative Werte",
			"1234567890123456789012345678901234567890| zu groß", "1.5| mehrdeutig", "15500,5| ganze Zahl",
			"1,234| ganze Zahl" })
	void rejectsABadValueOnItsFieldAndStoresNothing(String typed, String message) {
		long revision = revision();
		MvcTestResult result = edit(typed).exchange();
		assertThat(result).hasStatusOk().bodyText().contains(message).contains("value=\"" + typed + "\"");
		assertThat(value(this.figureId)).isEqualByComparingTo("15500");
		assertThat(revision()).isEqualTo(revision);
	}

	@Test
	void rejectsAPercentageAbove100() {
		long id = addDeviceShare2021("50");
		assertThat(post("/admin/figures/" + id + "/edit").param("value", "100,1")
			.param("sourceTitle", "Test")
			.param("version", "0")).hasStatusOk().bodyText().contains("höchstens 100");
		assertThat(value(id)).isEqualByComparingTo("50");
	}

	@Test
	void readsGermanAndEnglishDecimals() {
		assertThat(edit("15.600")).hasStatus(HttpStatus.FOUND);
		assertThat(value(this.figureId)).isEqualByComparingTo("15600");
		long id = addDeviceShare2021("50");
		assertThat(post("/admin/figures/" + id + "/edit").param("value", "73,1")
			.param("sourceTitle", "Test")
			.param("version", "0")
			.param("confirmed", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(value(id)).isEqualByComparingTo("73.1");
		assertThat(post("/admin/figures/" + id + "/edit").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("value", "1,5")
			.param("sourceTitle", "Test")
			.param("version", "1")).hasStatusOk().bodyText().contains("ambiguous");
		assertThat(post("/admin/figures/" + id + "/edit").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.param("value", "73.2")
			.param("sourceTitle", "Test")
			.param("version", "1")
			.param("confirmed", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(value(id)).isEqualByComparingTo("73.2");
	}

	@Test
	void rejectsBadTextsOnTheirFields() {
		assertThat(edit("15500", "   ", "note")).hasStatusOk().bodyText().contains("Bitte geben Sie die Quelle an");
		assertThat(edit("15500", "Quelle", "<script>alert(1)</script>")).hasStatusOk()
			.bodyText()
			.contains("ohne HTML-Zeichen")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(edit("15500", "Quelle", "x".repeat(100_000))).hasStatusOk()
			.bodyText()
			.contains("höchstens 2.000 Zeichen");
		// a new note is shown in both languages: the English one is asked for
		assertThat(edit("15500", "Quelle", "x".repeat(2_000))).hasStatusOk()
			.bodyText()
			.contains("Bitte schreiben Sie die Anmerkung auch auf Englisch");
		assertThat(edit("15500", "Quelle", "x".repeat(2_000)).param("noteEn", "y".repeat(2_000)))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select note from figure where id = ?", String.class, this.figureId))
			.hasSize(2_000);
		assertThat(this.jdbc.queryForObject("select note_en from figure where id = ?", String.class, this.figureId))
			.hasSize(2_000);
	}

	@ParameterizedTest
	@CsvSource({ "0", "99999", "1989", "2101", "abc", "''" })
	void rejectsAYearOutsideTheAllowedRange(String year) {
		assertThat(newYear("vpn_certificates", year, "70000")).hasStatusOk().bodyText().contains("Jahr von 1990 bis 2100");
		assertThat(this.jdbc.queryForObject("select count(*) from figure where metric_code = 'vpn_certificates'",
				Integer.class)).isEqualTo(2);
	}

	@Test
	void rejectsAFigureThatExistsAlready() {
		assertThat(newYear("employees", "2019", "15100")).hasStatusOk().bodyText().contains("schon eine Zahl");
		assertThat(value("employees", "total", 2019)).isEqualByComparingTo("15020");
	}

	@Test
	void asksToConfirmAJumpOfMoreThanTenTimes() {
		assertThat(newYear("vpn_certificates", "2021", "700000")).hasStatusOk()
			.bodyText()
			.contains("mehr als zehnmal so groß", "Ich habe die Werte geprüft");
		assertThat(this.jdbc.queryForObject("select count(*) from figure where metric_code = 'vpn_certificates'",
				Integer.class)).isEqualTo(2);
		assertThat(newYear("vpn_certificates", "2021", "700000").param("confirmed", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(value("vpn_certificates", "municipal_administrations", 2021)).isEqualByComparingTo("700000");
	}

	@Test
	void asksToConfirmSharesThatDoNotAddUpToHundred() {
		MockMvcRequestBuilder shares = post("/admin/metrics/device_type_share/years/new").param("year", "2021")
			.param("values[0]", "70")
			.param("values[1]", "20")
			.param("values[2]", "5")
			.param("values[3]", "1")
			.param("sourceTitle", "Test");
		assertThat(shares).hasStatusOk().bodyText().contains("ergeben zusammen 96");
		MockMvcRequestBuilder rounded = post("/admin/metrics/device_type_share/years/new").param("year", "2021")
			.param("values[0]", "73,1")
			.param("values[1]", "16,9")
			.param("values[2]", "8,7")
			.param("values[3]", "1,4")
			.param("sourceTitle", "Test");
		assertThat(rounded).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void checksNoSumForIndependentPercentages() {
		assertThat(post("/admin/metrics/topic_relevance/years/new").param("year", "2021")
			.param("values[0]", "97,4")
			.param("values[1]", "92,3")
			.param("sourceTitle", "Test")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void refusesAStaleFormAndShowsWhoChangedTheFigure() {
		this.editor.correct(this.figureId, 0, new FigureContent(new BigDecimal("15700"), "Test fixture", null, null),
				"Nachmeldung", "anna");
		MvcTestResult stale = edit("15800").exchange();
		assertThat(stale).hasStatusOk().bodyText().contains("inzwischen geändert", "15.700", "anna")
			.contains("name=\"version\" value=\"1\"");
		assertThat(value(this.figureId)).isEqualByComparingTo("15700");
		assertThat(post("/admin/figures/" + this.figureId + "/edit").param("value", "15800")
			.param("sourceTitle", "Test fixture")
			.param("version", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(value(this.figureId)).isEqualByComparingTo("15800");
	}

	@Test
	void answersTamperedIdsAndCodesWith404() {
		assertThat(post("/admin/figures/999999/edit").param("value", "1").param("version", "0"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(newYear("no_such_metric", "2021", "1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/figures/999999/edit").with(user("admin").roles("ADMIN")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAnInvalidOrPastPublicationTimeWithAFieldMessageAndPublishesNothing() {
		int releases = this.jdbc.queryForObject("select count(*) from release", Integer.class);
		long revision = this.jdbc.queryForObject("select revision from data_revision", Long.class);
		for (String[] typed : new String[][] { { "morgen früh", "Datum mit Uhrzeit" },
				{ "2026-02-30T09:00", "Datum mit Uhrzeit" }, { "2001-01-01T09:00", "in der Vergangenheit" } }) {
			assertThat(post("/admin/publish").param("draftRevision", String.valueOf(revision))
				.param("notesDe", "Notiz")
				.param("notesEn", "Note")
				.param("later", "true")
				.param("at", typed[0])).hasStatusOk().bodyText().contains(typed[1]);
		}
		assertThat(post("/admin/publish").param("draftRevision", String.valueOf(revision)).param("notesDe", "Notiz"))
			.hasStatusOk()
			.bodyText()
			.contains("auf Deutsch und auf Englisch");
		// a draft that changed after the review is not published: the page says so and shows the new diff
		this.jdbc.update("update figure set value = 15501 where id = ?", this.figureId);
		assertThat(post("/admin/publish").param("draftRevision", String.valueOf(revision))
			.param("notesDe", "Notiz")
			.param("notesEn", "Note")).hasStatusOk().bodyText().contains("nachdem Sie die Änderungen geprüft", "15.501");
		assertThat(this.jdbc.queryForObject("select count(*) from release", Integer.class)).isEqualTo(releases);
	}

	@Test
	void givesExamplesThatFitTheFieldAndPrefillsTheSource() {
		assertThat(post("/admin/figures/" + this.figureId + "/edit").param("value", "abc")
			.param("sourceTitle", "Test")
			.param("version", "0")).hasStatusOk().bodyText().contains("62.700").doesNotContain("73,1");
		assertThat(this.mvc.get().uri("/admin/metrics/vpn_certificates/years/new").with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"Vitako: Digital durch die Pandemie\"");
		assertThat(this.mvc.get().uri("/admin/figures?metric=supported_workplaces").with(user("admin").roles("ADMIN")))
			.bodyText()
			.as("numbers as the admin reads them")
			.contains("752.000");
	}

	@Test
	void discardsADraftChangeBackToThePublishedState() {
		assertThat(post("/admin/figures/discard").param("metric", "employees")
			.param("segment", "total")
			.param("year", "2021")).hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "admin.discarded");
		assertThat(this.jdbc.queryForObject("select count(*) from figure where id = ?", Integer.class, this.figureId))
			.as("a figure the draft added is gone again")
			.isZero();

		long id = this.jdbc.queryForObject(
				"select id from figure where metric_code = 'employees' and year = 2019", Long.class);
		long version = this.jdbc.queryForObject("select version from figure where id = ?", Long.class, id);
		assertThat(post("/admin/figures/" + id + "/edit").param("value", "15021")
			.param("sourceTitle", "Vitako: Digital durch die Pandemie")
			.param("sourcePage", "3")
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND);
		assertThat(value(id)).isEqualByComparingTo("15021");
		assertThat(post("/admin/figures/discard").param("metric", "employees")
			.param("segment", "total")
			.param("year", "2019")).hasStatus(HttpStatus.FOUND);
		assertThat(value(id)).isEqualByComparingTo("15020");
		assertThat(this.jdbc.queryForList("""
				select action || ' by ' || changed_by from figure_change
				where metric_code = 'employees' and year in (2019, 2021) order by id desc limit 2""", String.class))
			.containsExactly("discard by admin", "update by admin");
		assertThat(post("/admin/figures/discard").param("metric", "employees")
			.param("segment", "total")
			.param("year", "2019")).flash().containsEntry("message", "admin.unchanged");
	}

	@Test
	void recordsEveryKindOfChangeAndRestoresAnEarlierValue() {
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from figure_change", Long.class);
		assertThat(newYear("vpn_certificates", "2021", "70000").param("reason", "Erhebung 2021"))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "admin.added");
		long id = this.jdbc.queryForObject(
				"select id from figure where metric_code = 'vpn_certificates' and year = 2021", Long.class);
		assertThat(post("/admin/figures/" + id + "/edit").param("value", "71000")
			.param("sourceTitle", "Test")
			.param("version", "0")
			.param("reason", "Tippfehler")).hasStatus(HttpStatus.FOUND);
		List<Map<String, Object>> changes = this.jdbc.queryForList("""
				select id, action, old_value, new_value, reason, changed_by from figure_change
				where metric_code = 'vpn_certificates' and year = 2021 and id > ? order by id""", before);
		assertThat(changes).extracting((c) -> c.get("action")).containsExactly("create", "update");
		assertThat(changes.get(1)).containsEntry("changed_by", "admin").containsEntry("reason", "Tippfehler");
		assertThat((BigDecimal) changes.get(1).get("old_value")).isEqualByComparingTo("70000");
		assertThat((BigDecimal) changes.get(1).get("new_value")).isEqualByComparingTo("71000");

		// the change is in the draft: the admin list marks it, the public page shows it only once it is published
		assertThat(this.mvc.get().uri("/metrics/vpn-certificates")).bodyText().doesNotContain("71.000");
		assertThat(this.mvc.get().uri("/admin/figures?metric=vpn_certificates").with(user("admin").roles("ADMIN")))
			.bodyText()
			.contains("71.000", "neu", "Änderung verwerfen");
		assertThat(this.mvc.get().uri("/admin/history?metric=vpn_certificates").with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("Tippfehler", "korrigiert", "angelegt", "Wert 70.000 wiederherstellen");

		long update = ((Number) changes.get(1).get("id")).longValue();
		assertThat(post("/admin/history/" + update + "/restore").param("version", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(value(id)).isEqualByComparingTo("70000");

		assertThat(post("/admin/figures/" + id + "/delete").param("version", "2").param("reason", "Doppelt"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForList("""
				select action from figure_change where metric_code = 'vpn_certificates' and year = 2021 and id > ?
				order by id""", String.class, before)).containsExactly("create", "update", "restore", "delete");
		long deletion = this.jdbc.queryForObject("""
				select max(id) from figure_change where metric_code = 'vpn_certificates' and year = 2021""", Long.class);
		assertThat(post("/admin/history/" + deletion + "/restore")).hasStatus(HttpStatus.FOUND);
		assertThat(value("vpn_certificates", "municipal_administrations", 2021)).isEqualByComparingTo("70000");
	}

	@Test
	void restoresOnlyOverTheVersionTheAdminSaw() {
		this.editor.correct(this.figureId, 0, new FigureContent(new BigDecimal("15700"), "Test fixture", null, null),
				"Nachmeldung", "anna");
		long correction = lastChange();
		assertThat(this.mvc.get().uri("/admin/history?metric=employees").with(user("admin").roles("ADMIN")))
			.bodyText()
			.contains("name=\"version\" value=\"1\"");
		// another admin corrects the figure after this admin's history page was shown
		this.editor.correct(this.figureId, 1, new FigureContent(new BigDecimal("15800"), "Test fixture", null, null),
				"Zweite Nachmeldung", "bert");
		long revision = revision();
		assertThat(post("/admin/history/" + correction + "/restore").param("version", "1")).hasStatusOk()
			.bodyText()
			.contains("inzwischen geändert", "15.800", "bert", "name=\"version\" value=\"2\"");
		assertThat(value(this.figureId)).isEqualByComparingTo("15800");
		assertThat(revision()).isEqualTo(revision);
		assertThat(lastChange()).isGreaterThan(correction);
		// without a version, as a figure that did not exist: refused just the same
		assertThat(post("/admin/history/" + correction + "/restore")).hasStatusOk()
			.bodyText()
			.contains("inzwischen geändert");
		assertThat(value(this.figureId)).isEqualByComparingTo("15800");
		// having seen the new state, the admin confirms
		assertThat(post("/admin/history/" + correction + "/restore").param("version", "2"))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "admin.restored");
		assertThat(value(this.figureId)).isEqualByComparingTo("15500");
	}

	@Test
	void restoringTheStateThatIsStoredChangesNothing() {
		this.editor.correct(this.figureId, 0, new FigureContent(new BigDecimal("15700"), "Test fixture", null, null),
				null, "anna");
		long correction = lastChange();
		this.editor.correct(this.figureId, 1, new FigureContent(new BigDecimal("15500"), "Test fixture", null,
				"Vorläufig"), null, "anna");
		long last = lastChange();
		assertThat(post("/admin/history/" + correction + "/restore").param("version", "2"))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "admin.unchanged");
		assertThat(lastChange()).isEqualTo(last);
	}

	@Test
	void savingAnUnchangedFormChangesNothing() {
		long revision = revision();
		long last = lastChange();
		assertThat(edit("15.500,00", "Test fixture", "Vorläufig")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "admin.unchanged");
		assertThat(this.jdbc.queryForObject("select version from figure where id = ?", Long.class, this.figureId))
			.isZero();
		assertThat(lastChange()).isEqualTo(last);
		assertThat(revision()).isEqualTo(revision);
		assertThat(edit("15501", "Test fixture", "Vorläufig")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "admin.saved");
		assertThat(lastChange()).isGreaterThan(last);
	}

	@Test
	void deletesOnlyAfterConfirmationWithTheCurrentVersion() {
		assertThat(this.mvc.get().uri("/admin/figures/" + this.figureId + "/delete").with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("Endgültig löschen");
		this.editor.correct(this.figureId, 0, new FigureContent(new BigDecimal("15700"), "Test fixture", null, null),
				null, "anna");
		assertThat(post("/admin/figures/" + this.figureId + "/delete").param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("inzwischen geändert");
		assertThat(value(this.figureId)).isEqualByComparingTo("15700");
	}

	@Test
	void keepsTheHistoryAppendOnlyInTheDatabase() {
		this.editor.correct(this.figureId, 0, new FigureContent(new BigDecimal("15700"), "Test fixture", null, null),
				null, "anna");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update figure_change set changed_by = 'mallory'"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from figure_change"));
	}

	/** A confidential figure has no number: a value with that flag is refused, an empty one stored as withheld. */
	@Test
	void storesAConfidentialFigureWithoutItsValueAndRefusesOneWithAValue() {
		long revision = revision();
		assertThat(edit("15500").param("status", "confidential")).hasStatusOk()
			.bodyText()
			.contains("Eine geheim gehaltene Zahl hat keinen Wert");
		assertThat(edit("15500").param("status", "secret")).hasStatusOk()
			.bodyText()
			.contains("Diesen Vermerk gibt es nicht");
		assertThat(value(this.figureId)).isEqualByComparingTo("15500");
		assertThat(revision()).isEqualTo(revision);
		assertThat(edit("").param("status", "confidential")).hasStatus(HttpStatus.FOUND);
		assertThat(value(this.figureId)).isNull();
		assertThat(status(this.figureId)).isEqualTo("confidential");
		assertThat(this.mvc.get().uri("/admin/figures?metric=employees").with(user("admin").roles("ADMIN")))
			.bodyText()
			.contains("• (geheim gehalten)");
		assertThat(this.mvc.get().uri("/admin/figures/" + this.figureId + "/edit").with(user("admin").roles("ADMIN")))
			.bodyText()
			.contains("<option value=\"confidential\" selected=\"selected\">geheim gehalten</option>");
		assertThat(post("/admin/figures/" + this.figureId + "/edit").param("value", "15.600")
			.param("status", "provisional")
			.param("sourceTitle", "Test fixture")
			.param("version", "1")).hasStatus(HttpStatus.FOUND);
		assertThat(value(this.figureId)).isEqualByComparingTo("15600");
		assertThat(status(this.figureId)).isEqualTo("provisional");
		assertThat(this.mvc.get().uri("/admin/history?metric=employees").with(user("admin").roles("ADMIN")))
			.bodyText()
			.contains("15.500", "• (geheim gehalten)", "15.600 (vorläufig)");
	}

	/** A new year's form takes a flag per segment; a flag other than "confidential" still needs its number. */
	@Test
	void addsAYearWithAFlagPerSegment() {
		assertThat(post("/admin/metrics/devices_ordered/years/new").param("year", "2021")
			.param("values[0]", "170.000")
			.param("statuses[0]", "provisional")
			.param("values[1]", "")
			.param("statuses[1]", "estimated")
			.param("sourceTitle", "Vitako-Erhebung 2021")).hasStatusOk()
			.bodyText()
			.contains("Bitte geben Sie einen Wert ein");
		assertThat(post("/admin/metrics/devices_ordered/years/new").param("year", "2021")
			.param("values[0]", "170.000")
			.param("statuses[0]", "provisional")
			.param("values[1]", "")
			.param("statuses[1]", "confidential")
			.param("values[2]", "")
			.param("statuses[2]", "")
			.param("sourceTitle", "Vitako-Erhebung 2021")).hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForList("""
				select segment_code || ':' || coalesce(value::text, '-') || ':' || coalesce(status, '-') from figure
				where metric_code = 'devices_ordered' and year = 2021 order by segment_code""", String.class))
			.containsExactly("municipal_administrations:-:confidential", "schools:170000.00:provisional");
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from figure where id = ?", String.class, id);
	}

	private MockMvcRequestBuilder edit(String value) {
		return edit(value, "Test fixture", "");
	}

	private MockMvcRequestBuilder edit(String value, String source, String note) {
		return post("/admin/figures/" + this.figureId + "/edit").param("value", value)
			.param("sourceTitle", source)
			.param("note", note)
			.param("version", "0");
	}

	private MockMvcRequestBuilder newYear(String metric, String year, String value) {
		return post("/admin/metrics/" + metric + "/years/new").param("year", year)
			.param("values[0]", value)
			.param("sourceTitle", "Vitako-Erhebung 2021");
	}

	private MockMvcRequestBuilder post(String uri) {
		return this.mvc.post().uri(uri).with(user("admin").roles("ADMIN")).with(csrf());
	}

	private long addDeviceShare2021(String value) {
		return this.jdbc.queryForObject("""
				insert into figure (metric_code, segment_code, unit, year, value, source_title)
				values ('device_type_share', 'tablets', 'percent', 2021, cast(? as numeric), 'Test') returning id""",
				Long.class, value);
	}

	private BigDecimal value(long id) {
		return this.jdbc.queryForObject("select value from figure where id = ?", BigDecimal.class, id);
	}

	private BigDecimal value(String metric, String segment, int year) {
		return this.jdbc.queryForObject("select value from figure where metric_code = ? and segment_code = ? and year = ?",
				BigDecimal.class, metric, segment, year);
	}

	private long lastChange() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from figure_change", Long.class);
	}

	private long revision() {
		return this.jdbc.queryForObject("select revision from data_revision", Long.class);
	}

}
