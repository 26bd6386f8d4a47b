package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.HeadlineTile;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.catalogue.CatalogueDiff;
import de.vitako.dashboard.figures.catalogue.CatalogueEditor;
import de.vitako.dashboard.figures.catalogue.CatalogueEntry;
import de.vitako.dashboard.figures.catalogue.CatalogueHistory;
import de.vitako.dashboard.figures.catalogue.HeadlineTiles;
import de.vitako.dashboard.figures.catalogue.SourceEntry;
import de.vitako.dashboard.figures.catalogue.SourceRegistry;
import de.vitako.dashboard.figures.draft.FigureEditor;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Releases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The catalogue in the admin area, end to end: a metric created in a test goes through the draft into a release,
 * where the public pages, the exports, the API and the data package show it with no code change; relabelling,
 * reordering and retiring reach the next release and leave the earlier ones as they were; bad input and stale
 * forms change nothing.
 */
@IntegrationTest
class CatalogueTests {

	private static final String CODE = "cloud_workplaces";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	PublishedReleases published;

	@Autowired
	CatalogueEditor catalogue;

	@Autowired
	HeadlineTiles tiles;

	@Autowired
	CatalogueHistory history;

	@Autowired
	FigureEditor figures;

	@Autowired
	Publisher publisher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SourceRegistry sources;

	@AfterEach
	void retireWhatATestCreated() {
		// the catalogue is shared by every test class: what a test created leaves the latest release again
		for (String code : List.of(CODE, "test_share", "test_typo")) {
			this.catalogue.entry(code).ifPresent((entry) -> {
				if (entry.deletable()) {
					this.catalogue.delete(code, entry.version(), "test");
				}
				else if (!entry.retired()) {
					this.catalogue.retire(code, entry.version(), "test");
				}
			});
		}
		this.jdbc.update("delete from figure where metric_code in (select code from metric where retired_at is not null)");
		Releases.publish(this.publisher);
	}

	@Test
	void aMetricCreatedInTheAdminAreaIsPublishedWithTheNextReleaseEverywhere() throws Exception {
		int before = Releases.publish(this.publisher);
		MvcTestResult created = post("/admin/catalogue/new", "code", CODE, "labelDe", "Cloud-Arbeitsplätze",
				"labelEn", "Cloud workplaces", "descriptionDe", "Arbeitsplätze in der Cloud", "descriptionEn",
				"Workplaces in the cloud", "unit", "COUNT", "segmentsAddUp", "true", "chartKind", "", "before",
				"employees", "segmentCode", "schools", "segmentLabelDe", "Schulen", "segmentLabelEn", "Schools");
		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/admin/catalogue/" + CODE);
		// in the draft, before "employees"; not published yet
		List<String> draftOrder = this.snapshots.draft().metrics().stream().map((m) -> m.metric().code()).toList();
		assertThat(draftOrder.indexOf(CODE)).isEqualTo(draftOrder.indexOf("employees") - 1);
		assertThat(this.snapshots.snapshot().metric(CODE)).isEmpty();
		assertThat(this.mvc.get().uri("/metrics/cloud-workplaces")).hasStatus(404);

		CatalogueEntry entry = this.catalogue.entry(CODE).orElseThrow();
		assertThat(post("/admin/catalogue/" + CODE + "/segments", "segmentCode", "municipal_administrations",
				"segmentLabelDe", "Verwaltungen", "segmentLabelEn", "Administrations", "version",
				String.valueOf(entry.version()))).hasStatus3xxRedirection();
		this.figures.createYear(CODE, 2021, Map.of("schools", content("1200"), "municipal_administrations",
				content("800")), null, "editor");
		assertThat(this.mvc.get().uri("/admin/publish").with(user("pia").roles("PUBLISHER"))).bodyText()
			.contains("Änderungen am Katalog", "neue Kennzahl", "Cloud-Arbeitsplätze");

		int release = Releases.publish(this.publisher);
		assertThat(release).isEqualTo(before + 1);
		assertThat(this.mvc.get().uri("/metrics/cloud-workplaces")).hasStatusOk().bodyText()
			.contains("Cloud-Arbeitsplätze", "Arbeitsplätze in der Cloud", "Schulen", "Verwaltungen", "2.000");
		assertThat(this.mvc.get().uri("/")).bodyText().contains("Cloud-Arbeitsplätze");
		assertThat(this.mvc.get().uri("/api/v1/metrics")).bodyText().contains("\"code\":\"" + CODE + "\"");
		assertThat(this.mvc.get().uri("/api/v1/metrics/" + CODE + "/figures")).hasStatusOk().bodyText()
			.contains("1200");
		assertThat(this.mvc.get().uri("/export/figures.csv?metric=" + CODE)).hasStatusOk().bodyText()
			.contains(CODE + ",schools,2021,1200,,count,");
		assertThat(this.mvc.get().uri("/export/datapackage.json")).bodyText().contains("\"name\":\"cloud-workplaces\"");
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyText().contains("\"" + CODE + "\"");

		// relabelled and retired in the draft: the next release follows, the earlier one stays as it was
		entry = this.catalogue.entry(CODE).orElseThrow();
		assertThat(post("/admin/catalogue/" + CODE + "/segments/schools", "segmentCode", "schools", "segmentLabelDe",
				"Schulen (Träger)", "segmentLabelEn", "Schools (operators)", "version",
				String.valueOf(entry.version()))).hasStatus3xxRedirection();
		entry = this.catalogue.entry(CODE).orElseThrow();
		assertThat(post("/admin/catalogue/" + CODE + "/retire", "version", String.valueOf(entry.version())))
			.hasStatus3xxRedirection();
		assertThat(this.snapshots.draft().metric(CODE)).isEmpty();
		assertThat(this.publisher.diff().catalogue()).extracting(CatalogueDiff::kind)
			.containsExactly(CatalogueDiff.Kind.RETIRED);
		assertThat(this.publisher.diff().changes()).hasSize(2).allSatisfy((c) -> assertThat(c.draft()).isNull());
		int retired = Releases.publish(this.publisher);
		assertThat(this.mvc.get().uri("/metrics/cloud-workplaces")).hasStatus(404);
		assertThat(this.mvc.get().uri("/export/figures.csv?metric=" + CODE)).hasStatus(404);
		assertThat(this.mvc.get().uri("/metrics/cloud-workplaces?release=" + release)).hasStatusOk().bodyText()
			.contains("Cloud-Arbeitsplätze", "Schulen");
		assertThat(this.mvc.get().uri("/export/figures.csv?metric=" + CODE + "&release=" + release + "&lang=de"))
			.hasStatusOk()
			.bodyText()
			.as("the release's own labels, not the ones changed since")
			.contains(",Schulen,")
			.doesNotContain("Träger");
		assertThat(retired).isEqualTo(release + 1);
		// published once: never deleted
		entry = this.catalogue.entry(CODE).orElseThrow();
		assertThat(post("/admin/catalogue/" + CODE + "/delete", "version", String.valueOf(entry.version())))
			.hasStatus3xxRedirection();
		assertThat(this.catalogue.entry(CODE)).isPresent();
	}

	@Test
	void relabelsAndReordersInTheDraftAndRecordsWhoDidIt() throws Exception {
		create("test_share", "PERCENT", "false", "true");
		CatalogueEntry entry = this.catalogue.entry("test_share").orElseThrow();
		post("/admin/catalogue/test_share/segments", "segmentCode", "laptops", "segmentLabelDe", "Laptops",
				"segmentLabelEn", "Laptops", "version", String.valueOf(entry.version()));
		entry = this.catalogue.entry("test_share").orElseThrow();
		assertThat(post("/admin/catalogue/test_share/segments/laptops/move", "version", String.valueOf(entry.version()),
				"direction", "-1")).hasStatus3xxRedirection();
		MetricInfo metric = this.snapshots.metricInfo("test_share").orElseThrow();
		assertThat(metric.segments()).extracting(SegmentInfo::code).containsExactly("laptops", "total");
		entry = this.catalogue.entry("test_share").orElseThrow();
		assertThat(post("/admin/catalogue/test_share", "code", "test_share", "labelDe", "Anteile neu", "labelEn",
				"Shares new", "descriptionDe", "", "descriptionEn", "", "unit", "PERCENT", "partsOfWhole", "true",
				"chartKind", "doughnut", "version", String.valueOf(entry.version()))).hasStatus3xxRedirection();
		metric = this.snapshots.metricInfo("test_share").orElseThrow();
		assertThat(metric.label().de()).isEqualTo("Anteile neu");
		assertThat(metric.chartKind()).hasToString("DOUGHNUT");
		List<String> order = this.snapshots.metrics().stream().map(MetricInfo::code).toList();
		entry = this.catalogue.entry("test_share").orElseThrow();
		post("/admin/catalogue/test_share/move", "version", String.valueOf(entry.version()), "direction", "-1");
		List<String> moved = this.snapshots.metrics().stream().map(MetricInfo::code).toList();
		assertThat(moved.indexOf("test_share")).isEqualTo(order.indexOf("test_share") - 1);
		assertThat(this.history.latest("test_share", 10)).extracting((c) -> c.action() + " " + c.changedBy())
			.containsExactly("moved editor", "edited editor", "moved editor", "created editor", "created editor");
		assertThat(this.mvc.get().uri("/admin/catalogue/test_share").with(user("editor").roles("EDITOR")))
			.hasStatusOk()
			.bodyText()
			.contains("Anteile neu", "Laptops", "neu im Entwurf", "Kennzahl löschen");
		// never published and no figures: deleted
		entry = this.catalogue.entry("test_share").orElseThrow();
		assertThat(post("/admin/catalogue/test_share/delete", "version", String.valueOf(entry.version())))
			.hasRedirectedUrl("/admin/catalogue");
		assertThat(this.catalogue.entry("test_share")).isEmpty();
	}

	@Test
	void refusesBadInputWithMessagesAndStoresNothing() {
		long metrics = count();
		assertThat(post("/admin/catalogue/new", "code", "Cloud-Plätze", "labelDe", "", "labelEn", "<b>x</b>", "unit",
				"PERCENT", "segmentsAddUp", "true", "chartKind", "pie", "segmentCode", "", "segmentLabelDe", "a",
				"segmentLabelEn", "a"))
			.hasStatus(422)
			.bodyText()
			.contains("Der Code darf nur Kleinbuchstaben", "Bitte eine Bezeichnung eingeben",
					"Bitte eine Diagrammart aus der Liste wählen", "Bitte einen Code eingeben");
		assertThat(post("/admin/catalogue/new", "code", "employees", "labelDe", "a", "labelEn", "a", "unit", "COUNT",
				"segmentCode", "total", "segmentLabelDe", "a", "segmentLabelEn", "a"))
			.hasStatus(422)
			.bodyText()
			.contains("Den Code „employees“ gibt es schon.");
		assertThat(post("/admin/catalogue/new", "code", "test_typo", "labelDe", "a", "labelEn", "a", "unit", "PERCENT",
				"segmentsAddUp", "true", "segmentCode", "total", "segmentLabelDe", "a", "segmentLabelEn", "a"))
			.hasStatus(422)
			.bodyText()
			.contains("Prozentwerte ergeben keine Summe");
		assertThat(post("/admin/catalogue/new", "code", "test_typo", "labelDe", "a", "labelEn", "a", "unit", "EURO",
				"partsOfWhole", "true", "segmentCode", "total", "segmentLabelDe", "a", "segmentLabelEn", "a"))
			.hasStatus(422)
			.bodyText()
			.contains("Anteile eines Ganzen gibt es nur in Prozent");
		assertThat(count()).isEqualTo(metrics);
	}

	@Test
	void aFormOpenedBeforeAnotherEditorsChangeSavesNothing() {
		create("test_typo", "COUNT", "false", "false");
		long stale = this.catalogue.entry("test_typo").orElseThrow().version();
		post("/admin/catalogue/test_typo/segments", "segmentCode", "other", "segmentLabelDe", "Sonstige",
				"segmentLabelEn", "Other", "version", String.valueOf(stale));
		assertThat(post("/admin/catalogue/test_typo", "code", "test_typo", "labelDe", "Überschrieben", "labelEn",
				"Overwritten", "unit", "COUNT", "chartKind", "", "version", String.valueOf(stale)))
			.hasStatus(422)
			.bodyText()
			.contains("Jemand anderes hat diese Kennzahl geändert");
		assertThat(this.snapshots.metricInfo("test_typo").orElseThrow().label().de()).isEqualTo("Test");
		post("/admin/catalogue/test_typo/segments/other/delete", "version", String.valueOf(stale));
		assertThat(this.snapshots.metricInfo("test_typo").orElseThrow().segments()).hasSize(2);
		// the unit of a metric with figures is fixed
		this.figures.createYear("test_typo", 2021, Map.of("total", content("5")), null, "editor");
		long current = this.catalogue.entry("test_typo").orElseThrow().version();
		assertThat(post("/admin/catalogue/test_typo", "code", "test_typo", "labelDe", "Test", "labelEn", "Test", "unit",
				"EURO", "chartKind", "", "version", String.valueOf(current)))
			.hasStatus(422)
			.bodyText()
			.contains("Die Einheit und die Art der Bereiche lassen sich nicht mehr ändern");
	}

	@Test
	void aCatalogueChangeAloneIsSomethingToPublishAndNamedReleasesKeepTheirCatalogue() throws Exception {
		int before = Releases.publish(this.publisher);
		FigureSnapshot published = this.snapshots.snapshot();
		String label = published.metric("employees").orElseThrow().metric().label().de();
		create("test_share", "PERCENT", "false", "true");
		this.figures.createYear("test_share", 2021, Map.of("total", content("100")), null, "editor");
		assertThat(this.publisher.diff().empty()).isFalse();
		int release = Releases.publish(this.publisher);
		assertThat(this.published.release(release).orElseThrow().metric("test_share")).isPresent();
		assertThat(this.published.release(before).orElseThrow().metric("test_share")).isEmpty();
		assertThat(this.published.release(before).orElseThrow().metric("employees").map(MetricData::metric)
			.map((m) -> m.label().de())).contains(label);
	}

	@Test
	void headlineTilesAreChosenInTheCatalogueAndPublishedWithTheirOwnText() throws Exception {
		Releases.publish(this.publisher);
		List<HeadlineTile> before = this.tiles.all();
		assertThat(before).extracting((t) -> t.headline().metric()).containsExactly("video_licences",
				"video_licences", "vpn_certificates", "employees", "devices_ordered");
		assertThat(post("/admin/catalogue/tiles", "tile", "employees", "textDe", "Mehr Personal", "textEn", ""))
			.hasStatus(422)
			.bodyText()
			.contains("Bitte den Text in beiden Sprachen eingeben");
		assertThat(post("/admin/catalogue/tiles", "tile", "employees", "textDe", "", "textEn", ""))
			.hasStatus(422)
			.bodyText()
			.contains("Diese Kachel gibt es schon.");
		HeadlineTile employees = before.get(3);
		assertThat(post("/admin/catalogue/tiles/" + employees.id() + "/remove", "version",
				String.valueOf(employees.version()))).hasStatus3xxRedirection();
		assertThat(post("/admin/catalogue/tiles", "tile", "employees/total", "textDe", "Mehr Personal", "textEn",
				"More staff")).hasStatus3xxRedirection();
		HeadlineTile added = this.tiles.all().get(4);
		assertThat(post("/admin/catalogue/tiles/" + added.id() + "/move", "version", String.valueOf(added.version()),
				"direction", "-1")).hasStatus3xxRedirection();
		// a stale page removes nothing
		assertThat(post("/admin/catalogue/tiles/" + added.id() + "/remove", "version", String.valueOf(added.version())))
			.hasStatus3xxRedirection();
		assertThat(this.tiles.all()).hasSize(5);
		assertThat(this.snapshots.draft().headlines()).extracting(Headline::metric).containsExactly("video_licences",
				"video_licences", "vpn_certificates", "employees", "devices_ordered");
		assertThat(this.publisher.diff().catalogue()).extracting(CatalogueDiff::kind)
			.containsExactly(CatalogueDiff.Kind.HEADLINES);
		String overviewBefore = this.mvc.get().uri("/").exchange().getResponse().getContentAsString();
		assertThat(overviewBefore).doesNotContain("Mehr Personal");
		int release = Releases.publish(this.publisher);
		assertThat(this.mvc.get().uri("/")).bodyText().contains("Mehr Personal");
		assertThat(this.mvc.get().uri("/?lang=en")).bodyText().contains("More staff");
		assertThat(this.mvc.get().uri("/?release=" + (release - 1))).bodyText().doesNotContain("Mehr Personal");
		// back as it was, for the other tests
		HeadlineTile own = this.tiles.all().get(3);
		post("/admin/catalogue/tiles/" + own.id() + "/remove", "version", String.valueOf(own.version()));
		post("/admin/catalogue/tiles", "tile", "employees", "textDe", "", "textEn", "");
		HeadlineTile restored = this.tiles.all().get(4);
		post("/admin/catalogue/tiles/" + restored.id() + "/move", "version", String.valueOf(restored.version()),
				"direction", "-1");
		assertThat(this.snapshots.draft().headlines()).isEqualTo(this.published.release(release - 1).orElseThrow()
			.headlines());
	}

	@Test
	void sourcesAreARegistryThatFiguresReferToAndReleasesKeepAsTheyWere() throws Exception {
		int before = Releases.publish(this.publisher);
		SourceEntry vitako = this.sources.all()
			.stream()
			.filter((s) -> s.info().title().equals("Vitako: Digital durch die Pandemie"))
			.findFirst()
			.orElseThrow();
		assertThat(vitako.figures()).isGreaterThan(20);
		assertThat(vitako.info().publisher()).startsWith("Vitako");
		// a title typed in a form is registered on the way in
		this.figures.createYear("employees", 2023, Map.of("total", content("16000")), null, "editor");
		assertThat(this.sources.all()).extracting((s) -> s.info().title()).contains("Test");
		SourceEntry test = this.sources.all().stream().filter((s) -> s.info().title().equals("Test")).findFirst()
			.orElseThrow();
		assertThat(post("/admin/sources/" + test.id(), "title", "Vitako: Digital durch die Pandemie", "publisher", "",
				"publishedOn", "", "url", "", "licence", "", "version", String.valueOf(test.version())))
			.hasStatus(422)
			.bodyText()
			.contains("Eine Quelle „Vitako: Digital durch die Pandemie“ gibt es schon.");
		assertThat(post("/admin/sources/" + test.id(), "title", "Erhebung 2023", "publisher", "Vitako",
				"publishedOn", "2023-02-30", "url", "javascript:alert(1)", "licence", "", "version",
				String.valueOf(test.version())))
			.hasStatus(422)
			.bodyText()
			.contains("Bitte ein gültiges Datum eingeben", "Bitte eine Adresse beginnend mit http://");
		assertThat(post("/admin/sources/" + test.id(), "title", "Erhebung 2023", "publisher", "Vitako e. V.",
				"publishedOn", "2023-03-01", "url", "https://www.vitako.de/erhebung-2023", "licence", "DL-DE BY 2.0",
				"version", String.valueOf(test.version()))).hasStatus3xxRedirection();
		// the draft's figures follow the renamed title
		assertThat(this.jdbc.queryForObject(
				"select source_title from figure where metric_code = 'employees' and year = 2023", String.class))
			.isEqualTo("Erhebung 2023");
		assertThat(post("/admin/sources/" + test.id() + "/delete", "version", String.valueOf(test.version() + 1)))
			.hasStatus3xxRedirection();
		assertThat(this.sources.get(test.id())).isPresent();
		int release = Releases.publish(this.publisher);
		assertThat(this.mvc.get().uri("/metrics/employees")).bodyText()
			.contains("href=\"https://www.vitako.de/erhebung-2023\"", "Herausgeber: Vitako e. V.",
					"erschienen am 01.03.2023", "Lizenz: DL-DE BY 2.0");
		assertThat(this.mvc.get().uri("/export/datapackage.json")).bodyText()
			.contains("{\"title\":\"Erhebung 2023\",\"path\":\"https://www.vitako.de/erhebung-2023\"}");
		assertThat(this.mvc.get().uri("/metrics/employees?release=" + before)).bodyText()
			.doesNotContain("Erhebung 2023");
		this.jdbc.update("delete from figure where metric_code = 'employees' and year = 2023");
		Releases.publish(this.publisher);
		SourceEntry unused = this.sources.get(test.id()).orElseThrow();
		assertThat(post("/admin/sources/" + test.id() + "/delete", "version", String.valueOf(unused.version())))
			.hasRedirectedUrl("/admin/sources");
		assertThat(this.sources.get(test.id())).isEmpty();
		assertThat(release).isGreaterThan(before);
	}

	private void create(String code, String unit, String addsUp, String partsOfWhole) {
		assertThat(post("/admin/catalogue/new", "code", code, "labelDe", "Test", "labelEn", "Test", "unit", unit,
				"segmentsAddUp", addsUp, "partsOfWhole", partsOfWhole, "chartKind", "", "segmentCode", "total",
				"segmentLabelDe", "Insgesamt", "segmentLabelEn", "Total"))
			.hasStatus3xxRedirection();
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from metric", Long.class);
	}

	private static FigureContent content(String value) {
		return new FigureContent(new BigDecimal(value), "Test", null, null);
	}

	private MvcTestResult post(String uri, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("editor").roles("EDITOR")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

}
