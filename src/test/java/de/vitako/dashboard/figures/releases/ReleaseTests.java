package de.vitako.dashboard.figures.releases;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureDiff;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.Release;
import de.vitako.dashboard.figures.draft.DraftDiff;
import de.vitako.dashboard.figures.draft.FigureEditor;
import de.vitako.dashboard.figures.internal.StoredReleases;
import de.vitako.dashboard.shared.DatabaseStatus;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Releases;
import de.vitako.dashboard.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The editorial workflow on the real database: edits stay in the draft until a publisher publishes them as a
 * release, at once and exactly once, or at a scheduled time; releases never change.
 */
@IntegrationTest
class ReleaseTests {

	private static final LocalizedText NOTES = new LocalizedText("Notiz", "Note");

	@Autowired
	Publisher publisher;

	@Autowired
	FigureEditor editor;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	PublishedReleases published;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@AfterEach
	void backToPublished() {
		this.publisher.cancel("test");
		for (FigureDiff change : this.publisher.diff().changes()) {
			this.editor.discard(change.metric(), change.segment(), change.year(), "test");
		}
		// and readers see the seeded figures again, as the other tests expect
		this.jdbc.update("""
				update figure set value = 15020, source_title = 'Vitako: Digital durch die Pandemie', source_page = 3,
				                  note = null
				where metric_code = 'employees' and year = 2019""");
		Releases.publish(this.publisher);
	}

	@Test
	void keepsEveryDraftValueOutOfEveryPublicResponseUntilItIsPublished() {
		FigureValue employees = employees2019();
		List<String> before = publicResponses();
		this.editor.correct(employees.id(), employees.version(),
				new FigureContent(new BigDecimal("987654"), employees.sourceTitle(), employees.sourcePage(),
						"ENTWURFSMARKE"),
				null,
				"anna");
		List<String> during = publicResponses();
		assertThat(during).as("no draft value, no draft note, no changed ETag").isEqualTo(before);
		assertThat(String.join("\n", during)).doesNotContain("987654", "987.654", "987,654", "ENTWURFSMARKE");

		int number = Releases.publish(this.publisher);
		assertThat(body("/export/metrics/employees.csv")).contains("987654", "ENTWURFSMARKE");
		assertThat(body("/metrics/employees")).contains("987.654", "korrigiert am",
				"href=\"/releases/" + number + "\"");
		assertThat(body("/releases/" + number)).contains("987.654", "ENTWURFSMARKE", "korrigiert");
		assertThat(body("/export/metrics/employees.csv?release=" + (number - 1))).doesNotContain("987654");
	}

	@Test
	void publishesExactlyOnceWhenTwoPublishersPressAtOnce() throws Exception {
		correctEmployees2019("70001");
		DraftDiff reviewed = this.publisher.diff();
		int releases = count();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Object>> presses = new ArrayList<>();
		for (String who : List.of("pia", "paul")) {
			presses.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				try {
					return this.publisher.publishNow(reviewed.draftRevision(), NOTES, who);
				}
				catch (PublicationRefusedException refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (CompletableFuture<Object> press : presses) {
			outcomes.add(press.get(20, TimeUnit.SECONDS));
		}
		assertThat(outcomes).filteredOn(Integer.class::isInstance).hasSize(1);
		assertThat(outcomes).contains("release.empty");
		assertThat(count()).isEqualTo(releases + 1);
	}

	@Test
	void refusesADraftThatChangedAfterTheReviewAndAnEmptyOne() {
		assertThatExceptionOfType(PublicationRefusedException.class)
			.isThrownBy(() -> this.publisher.publishNow(this.publisher.diff().draftRevision(), NOTES, "pia"))
			.withMessage("release.empty");
		DraftDiff reviewed = this.publisher.diff();
		correctEmployees2019("70002");
		int releases = count();
		assertThatExceptionOfType(PublicationRefusedException.class)
			.isThrownBy(() -> this.publisher.publishNow(reviewed.draftRevision(), NOTES, "pia"))
			.withMessage("release.draftChanged");
		assertThat(count()).isEqualTo(releases);
	}

	@Test
	void withFourEyesAPublisherCannotPublishTheirOwnLastChange(@Autowired PlatformTransactionManager transactions,
			@Autowired ApplicationEventPublisher events, @Autowired Clock clock, @Autowired DatabaseStatus database,
			@Autowired StoredReleases releases, @Autowired DraftDiffReader diffs) {
		Publisher fourEyes = new Publisher(this.jdbc, transactions, events, new PublishProperties(true), clock,
				database, releases, diffs);
		correctEmployees2019("70003");
		long revision = fourEyes.diff().draftRevision();
		assertThatExceptionOfType(PublicationRefusedException.class)
			.isThrownBy(() -> fourEyes.publishNow(revision, NOTES, "anna"))
			.withMessage("release.fourEyes");
		assertThat(fourEyes.publishNow(revision, NOTES, "pia")).isEqualTo(this.snapshots.knownRelease());
	}

	@Test
	void publishesAScheduledReleaseAtItsTimeOnceAndNotBefore() {
		correctEmployees2019("70004");
		int latest = this.snapshots.knownRelease();
		Instant at = Instant.now().plusSeconds(2);
		this.publisher.schedule(this.publisher.diff().draftRevision(), NOTES, at, "pia");
		assertThat(this.publisher.pending()).hasValueSatisfying((pending) -> assertThat(pending.changes()).isOne());
		assertThat(body("/export/metrics/employees.csv")).doesNotContain("70004");
		waitFor(() -> this.snapshots.knownRelease() > latest, Duration.ofSeconds(10));
		assertThat(this.snapshots.knownRelease()).isEqualTo(latest + 1);
		assertThat(body("/export/metrics/employees.csv")).contains("70004");
		Release release = this.snapshots.snapshot().release();
		assertThat(Duration.between(at, release.scheduledFor()).abs()).isLessThan(Duration.ofMillis(1));
		assertThat(release.publishedAt()).isAfterOrEqualTo(release.scheduledFor())
			.isBefore(release.scheduledFor().plusSeconds(1));
	}

	@Test
	void publishesAReleaseThatWasDueWhileEveryInstanceWasDownAtTheNextCheck() {
		correctEmployees2019("70005");
		int latest = this.snapshots.knownRelease();
		this.publisher.schedule(this.publisher.diff().draftRevision(), NOTES, Instant.now().plusSeconds(60), "pia");
		// as if the time had passed while no instance ran; the owner of the schedule is the database
		this.jdbc.update("update release set scheduled_for = now() - interval '1 hour' where status = 'scheduled'");
		this.publisher.publishDue();
		assertThat(this.snapshots.knownRelease()).isEqualTo(latest + 1);
		Release release = this.snapshots.snapshot().release();
		assertThat(Duration.between(release.scheduledFor(), release.publishedAt()))
			.isGreaterThan(Duration.ofMinutes(59));
	}

	@Test
	void aCancelledScheduleNeverGoesOutAndAPastTimeIsRefused() {
		correctEmployees2019("70006");
		int latest = this.snapshots.knownRelease();
		long revision = this.publisher.diff().draftRevision();
		assertThatExceptionOfType(PublicationRefusedException.class)
			.isThrownBy(() -> this.publisher.schedule(revision, NOTES, Instant.now().minusSeconds(1), "pia"))
			.withMessage("release.schedule.past");
		this.publisher.schedule(revision, NOTES, Instant.now().plusSeconds(1), "pia");
		assertThatExceptionOfType(PublicationRefusedException.class)
			.isThrownBy(() -> this.publisher.publishNow(revision, NOTES, "pia"))
			.withMessage("release.pending");
		assertThat(this.publisher.cancel("paul")).isTrue();
		this.publisher.publishDue();
		assertThat(this.snapshots.knownRelease()).isEqualTo(latest);
		assertThat(this.jdbc.queryForObject("select cancelled_by from release order by id desc limit 1", String.class))
			.isEqualTo("paul");
	}

	@Test
	void servesANamedReleaseUnchangedAfterLaterReleasesAndLetsEveryoneKeepIt() {
		int named = this.snapshots.knownRelease();
		List<String> paths = List.of("/", "/metrics/employees", "/export/figures.csv",
				"/export/metrics/employees.csv?format=excel", "/export/datapackage.json", "/api/v1/metrics",
				"/api/v1/metrics/employees/figures");
		java.util.Map<String, String> before = new java.util.LinkedHashMap<>();
		for (String path : paths) {
			MvcTestResult result = this.mvc.get().uri(withRelease(path, named)).exchange();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(result.getResponse().getHeader("Cache-Control")).as(path)
				.isEqualTo("public, max-age=31536000, immutable");
			before.put(path, body(result));
		}
		assertThat(this.mvc.get().uri("/metrics/employees").exchange().getResponse().getHeader("Cache-Control"))
			.isEqualTo("no-cache");
		assertThat(before.get("/metrics/employees")).contains("Stand: Ausgabe " + named + " vom", "Zitiervorschlag",
				"Kennzahlen der kommunalen IT-Dienstleister, Ausgabe " + named + " vom",
				"/metrics/employees?release=" + named);
		assertThat(body("/metrics/employees?lang=en")).contains("How to cite",
				"Key figures of the municipal IT service providers, release " + named + " of");

		correctEmployees2019("70007");
		Releases.publish(this.publisher);
		for (String path : paths) {
			assertThat(body(withRelease(path, named))).as(path).isEqualTo(before.get(path));
		}
		assertThat(body("/export/metrics/employees.csv")).contains("70007");
		assertThat(body("/api/v1/releases")).contains("\"number\":" + (named + 1), "/export/figures.csv?release=");

		assertThat(this.mvc.get().uri("/metrics/employees?release=999999")).hasStatus(404);
		assertThat(this.mvc.get().uri("/?release=abc")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/metrics?release=0")).hasStatus(404).bodyText().contains("release");
		assertThat(this.mvc.get().uri("/export/figures.csv?release=-1")).hasStatus(400);
		assertThat(this.mvc.get().uri("/export/datapackage.json?release=999999")).hasStatus(404);
	}

	@Test
	void previewsTheWholePublicSiteAsItWillBeForTheTeamOnly(@LocalServerPort int port) {
		correctEmployees2019("70008");
		String base = "http://localhost:" + port;
		WebClient editor = new WebClient();
		editor.login(base);
		HttpResponse<String> page = editor.get(base + "/admin/preview/metrics/employees");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Vorschau – nicht veröffentlicht", "70.008", "<meta name=\"robots\" content=\"noindex\">",
				"href=\"/admin/preview/\"");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
		assertThat(page.headers().firstValue("ETag")).isEmpty();
		assertThat(editor.get(base + "/admin/preview").body()).contains("Vorschau – nicht veröffentlicht");
		assertThat(editor.get(base + "/admin/preview/export/metrics/employees.csv").body()).contains("70008");
		assertThat(editor.get(base + "/admin/preview/export/datapackage.json").statusCode()).isEqualTo(200);
		assertThat(editor.get(base + "/admin/preview/api/v1/metrics/employees/figures", "application/json").body())
			.contains("70008");

		HttpResponse<String> stranger = new WebClient().get(base + "/admin/preview/metrics/employees");
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(new WebClient().get(base + "/metrics/employees").body()).doesNotContain("70.008", "Vorschau");
	}

	@Test
	void announcesEveryReleaseInAnAtomFeedThatAFeedLibraryReads() throws Exception {
		correctEmployees2019("70009");
		int number = Releases.publish(this.publisher);
		for (String lang : List.of("de", "en")) {
			MvcTestResult result = this.mvc.get().uri("/releases.atom?lang=" + lang).exchange();
			assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
			com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput()
				.build(new java.io.StringReader(body(result)));
			assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
			assertThat(feed.getId()).endsWith("/releases");
			assertThat(feed.getTitle()).contains(lang.equals("de") ? "Kennzahlen" : "key figures");
			assertThat(feed.getUpdated()).isNotNull();
			assertThat(feed.getAuthors()).isNotEmpty();
			assertThat(feed.getOtherLinks()).anySatisfy((link) -> assertThat(link.getRel()).isEqualTo("self"));
			assertThat(feed.getEntries()).hasSize(this.published.releases().size());
			com.rometools.rome.feed.atom.Entry latest = feed.getEntries().get(0);
			assertThat(latest.getId()).endsWith("/releases/" + number);
			assertThat(latest.getTitle()).startsWith((lang.equals("de") ? "Ausgabe " : "Release ") + number);
			assertThat(latest.getUpdated()).isNotNull();
			assertThat(latest.getContents().get(0).getValue()).isEqualTo(lang.equals("de") ? "Testrelease" : "Test release");
			assertThat(latest.getAlternateLinks().get(0).getHrefResolved()).endsWith("/releases/" + number + "?lang=" + lang);
			com.rometools.rome.feed.atom.Entry first = feed.getEntries().get(feed.getEntries().size() - 1);
			assertThat(first.getContents().get(0).getValue()).contains("Digital durch die Pandemie");
		}
		assertThat(body("/")).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/releases.atom?lang=de\"");
		assertThat(this.mvc.get().uri("/releases.atom?lang=fr")).hasStatus(400);
	}

	private static String withRelease(String path, int release) {
		return path + (path.contains("?") ? "&" : "?") + "release=" + release;
	}

	@Test
	void releasesNeverChange() {
		for (String attack : List.of("update release_figure set value = 1", "delete from release_figure",
				"update release set notes_de = 'x' where number = 1", "delete from release where number = 1",
				"truncate release_figure", "insert into release_figure select * from release_figure limit 1")) {
			assertThatExceptionOfType(DataAccessException.class).as(attack)
				.isThrownBy(() -> this.jdbc.execute(attack));
		}
	}

	@Test
	void releaseOneIsTheBrochure() {
		Release first = this.published.release(1).orElseThrow().release();
		assertThat(first.notes().de()).contains("Digital durch die Pandemie");
		assertThat(this.published.release(1).orElseThrow().metrics().stream().mapToInt((m) -> m.figures().size()).sum())
			.isEqualTo(de.vitako.dashboard.support.FigureFixtures.published().size());
		assertThat(body("/releases")).contains("Ausgabe 1 vom", "Digital durch die Pandemie");
		assertThat(this.mvc.get().uri("/releases/999999")).hasStatus(404);
		assertThat(this.mvc.get().uri("/releases/abc")).hasStatus(404);
	}

	private List<String> publicResponses() {
		List<String> responses = new ArrayList<>();
		for (String path : List.of("/", "/?lang=en", "/metrics/employees", "/metrics/employees?lang=en",
				"/export/figures.csv", "/export/figures.csv?format=excel", "/export/metrics/employees.csv",
				"/export/datapackage.json", "/api/v1/metrics", "/api/v1/metrics/employees/figures",
				"/api/v1/releases", "/releases", "/releases/1", "/releases.atom", "/releases.atom?lang=en")) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			responses.add(path + " " + result.getResponse().getStatus() + " "
					+ result.getResponse().getHeader("ETag") + "\n" + body(result));
		}
		return responses;
	}

	private String body(String path) {
		return body(this.mvc.get().uri(path).exchange());
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private FigureValue employees2019() {
		return this.editor.current("employees", "total", 2019).orElseThrow();
	}

	private void correctEmployees2019(String value) {
		FigureValue employees = employees2019();
		this.editor.correct(employees.id(), employees.version(),
				new FigureContent(new BigDecimal(value), employees.sourceTitle(), employees.sourcePage(), null), null,
				"anna");
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from release where status = 'published'", Integer.class);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
