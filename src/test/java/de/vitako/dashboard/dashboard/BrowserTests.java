package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.Browser;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.Releases;
import de.vitako.dashboard.survey.Answer;
import de.vitako.dashboard.survey.AnswerKey;
import de.vitako.dashboard.survey.ContactDetails;
import de.vitako.dashboard.survey.MemberDetails;
import de.vitako.dashboard.survey.MemberRegistry;
import de.vitako.dashboard.survey.Questionnaires;
import de.vitako.dashboard.survey.RoundDetails;
import de.vitako.dashboard.survey.SurveyPlanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page in a real headless Chromium, in German and English: each chart is actually drawn, the console
 * stays clean, and axe-core finds no WCAG 2.1 A/AA violation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTests {

	/** Counts the painted pixels of a canvas: zero means Chart.js drew nothing. */
	private static final String PAINTED_PIXELS = """
			const canvas = arguments[0];
			const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
			let painted = 0;
			for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) { painted++; } }
			return painted;""";

	@LocalServerPort
	int port;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publisher publisher;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MemberRegistry registry;

	@Autowired
	SurveyPlanner planner;

	@Autowired
	Questionnaires questionnaires;

	WebDriver driver;

	@BeforeAll
	void startBrowser() {
		this.driver = Browser.start();
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	Stream<String> pages() {
		Stream<String> paths = Stream.concat(Stream.of("/"),
				this.snapshots.metrics().stream().map(MetricInfo::slug).map((slug) -> "/metrics/" + slug));
		return paths.flatMap((path) -> Stream.of(path + "?lang=de", path + "?lang=en"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void drawsEveryChartCleanlyAndAccessibly(String page) {
		this.driver.get("http://localhost:" + this.port + page);
		Browser.drawAllCharts(this.driver);
		List<WebElement> canvases = this.driver.findElements(By.cssSelector("canvas[data-chart]"));
		assertThat(canvases).isNotEmpty();
		for (WebElement canvas : canvases) {
			Number painted = (Number) ((JavascriptExecutor) this.driver).executeScript(PAINTED_PIXELS, canvas);
			assertThat(painted.longValue()).as("painted pixels of %s", canvas.getDomAttribute("id")).isGreaterThan(500);
		}
		// the links to the chart as an image load an image, twice as wide as asked for
		List<WebElement> images = this.driver.findElements(By.cssSelector(".chart-links a[href*='.png']"));
		assertThat(images).hasSize(canvases.size());
		Number width = (Number) ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1], image = new Image();
				image.onload = function () { done(image.naturalWidth); };
				image.onerror = function () { done(-1); };
				image.src = arguments[0];""", images.get(0).getDomAttribute("href"));
		assertThat(width.intValue()).isEqualTo(1600);
		List<String> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("browser console").isEmpty();
		// axe costs a second or two a page: the German pages here; English pages of each kind are checked at 320 px
		// in the dark scheme (NarrowScreenBrowserTests)
		if (page.endsWith("de")) {
			assertAccessible();
		}
	}

	@Test
	void firstTabReachesTheSkipLinkWhichLeadsToTheContent() {
		this.driver.get("http://localhost:" + this.port + "/?lang=de");
		this.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Zum Inhalt springen");
		assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
		focused.sendKeys(Keys.ENTER);
		assertThat(this.driver.getCurrentUrl()).endsWith("#main");
	}

	@Test
	void marksTheTablesThatScrollAndMakesOnlyThemTabStops() {
		Dimension before = this.driver.manage().window().getSize();
		try {
			for (int width : new int[] { 1366, 320 }) {
				this.driver.manage().window().setSize(new Dimension(width, 900));
				List<Map<String, Object>> boxes = new ArrayList<>();
				for (String page : List.of("/?lang=en", "/metrics/employees?lang=de")) {
					this.driver.get("http://localhost:" + this.port + page);
					assertThat(tableBoxes()).as("tables behind their charts are no tab stops")
						.filteredOn((box) -> Boolean.TRUE.equals(box.get("behindChart")))
						.isNotEmpty()
						.allSatisfy((box) -> assertThat(box.get("tabStop")).isEqualTo(false));
					this.driver.findElements(By.cssSelector(".view-switch button[data-view=table]"))
						.forEach(WebElement::click);
					boxes.addAll(tableBoxes());
				}
				assertThat(boxes).as("at %d px", width).hasSizeGreaterThan(8).allSatisfy((box) -> {
					assertThat(box.get("marked")).isEqualTo(box.get("scrolls"));
					assertThat(box.get("tabStop")).isEqualTo(box.get("scrolls"));
				});
				assertThat(boxes).as("some tables are wider than the screen at %d px", width)
					.anySatisfy((box) -> assertThat(box.get("scrolls")).isEqualTo(width == 320));
			}
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> tableBoxes() {
		return (List<Map<String, Object>>) ((JavascriptExecutor) this.driver).executeScript("""
				return Array.from(document.querySelectorAll('.table-scroll')).map(function (box) {
				  return { scrolls: box.scrollWidth > box.clientWidth + 1, behindChart: !!box.closest('.view-chart'),
				           marked: box.classList.contains('scrolls'),
				           tabStop: box.getAttribute('tabindex') === '0' };
				});""");
	}

	@Test
	void anEditorAddsAYearAPublisherPreviewsAndPublishesItAndReleaseOneStaysAsItWas() throws Exception {
		String base = "http://localhost:" + this.port;
		teamMember("browser.editor", "editor");
		teamMember("browser.publisher", "publisher");
		try {
			this.driver.get(base + "/admin/metrics/vpn_certificates/years/new?lang=de");
			assertThat(this.driver.getCurrentUrl()).endsWith("/login");
			assertAccessible();
			this.driver.findElement(By.id("username")).sendKeys("browser.editor");
			this.driver.findElement(By.id("password")).sendKeys(TEAM_PASSWORD);
			submitAndWaitFor("/admin/metrics/vpn_certificates/years/new");
			assertAccessible();

			WebElement year = this.driver.findElement(By.id("year"));
			year.clear();
			year.sendKeys("2021");
			this.driver.findElement(By.id("values-0")).sendKeys("70.000,5");
			WebElement source = this.driver.findElement(By.id("sourceTitle"));
			assertThat(source.getDomProperty("value")).as("prefilled from the year before")
				.isEqualTo("Vitako: Digital durch die Pandemie");
			source.clear();
			source.sendKeys("Vitako-Erhebung 2021");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement error = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("values-0-error")));
			assertThat(error.getText()).contains("ganze Zahl");
			WebElement value0 = this.driver.findElement(By.id("values-0"));
			assertThat(value0.getDomAttribute("aria-invalid")).isEqualTo("true");
			assertThat(value0.getDomAttribute("aria-describedby")).contains("values-0-error");
			assertThat(value0.getDomProperty("value")).isEqualTo("70.000,5");
			assertThat(value0.getCssValue("border-top-color")).as("the field shows its error")
				.isEqualTo("rgba(164, 0, 15, 1)");
			assertThat(value0.getCssValue("border-top-width")).isEqualTo("2px");
			assertThat(this.driver.getTitle()).startsWith("Fehler:");
			WebElement focused = this.driver.switchTo().activeElement();
			assertThat(focused.getDomAttribute("class")).as("focus on the error summary").isEqualTo("error-summary");
			focused.findElement(By.cssSelector("a[href='#values-0']")).click();
			assertThat(this.driver.switchTo().activeElement().getDomAttribute("id")).as("the summary leads to the field")
				.isEqualTo("values-0");
			assertAccessible();
			value0.clear();
			value0.sendKeys("70.000");
			submitAndWaitFor("/admin/figures?metric=vpn_certificates");
			assertThat(this.driver.findElement(By.cssSelector(".success")).getText()).contains("hinzugefügt");
			assertAccessible();

			// the year is in the draft: marked in the list, not yet public
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("neu");
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv")).doesNotContain(",2021,");
			int before = this.jdbc.queryForObject("select max(number) from release", Integer.class);
			this.driver.get(base + "/admin/publish");
			assertThat(this.driver.findElement(By.tagName("body")).getText()).as("an editor does not publish")
				.doesNotContain("70000");
			// the browser saw the 403 (and its console says so; read here, so the next test's check starts clean)
			assertThat(this.driver.manage().logs().get(LogType.BROWSER).getAll())
				.anySatisfy((entry) -> assertThat(entry.getMessage()).contains("/admin/publish", "403"));
			this.driver.get(base + "/admin/figures");
			this.driver.findElement(By.cssSelector(".admin-nav .nav-account summary")).click();
			this.driver.findElement(By.cssSelector(".admin-nav button.link-button")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
			this.driver.get(base + "/admin/preview/metrics/vpn-certificates");
			this.driver.findElement(By.id("username")).sendKeys("browser.publisher");
			this.driver.findElement(By.id("password")).sendKeys(TEAM_PASSWORD);
			submitAndWaitFor("/admin/preview/metrics/vpn-certificates");
			assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("Vorschau – nicht veröffentlicht",
					"70.000");
			assertAccessible();
			this.driver.get(base + "/admin/publish");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("70.000", "neu");
			assertAccessible();
			// the time field belongs to "at a set time" only: it follows the choice
			assertThat(this.driver.findElement(By.id("at")).isDisplayed()).as("hidden while \"now\" is chosen")
				.isFalse();
			this.driver.findElement(By.cssSelector("label[for=later-true]")).click();
			assertThat(this.driver.findElement(By.id("at")).isDisplayed()).isTrue();
			this.driver.findElement(By.cssSelector("label[for=later-false]")).click();
			assertThat(this.driver.findElement(By.id("at")).isDisplayed()).isFalse();
			this.driver.findElement(By.id("notesDe")).sendKeys("Die Zahlen der Erhebung 2021.");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement notesError = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("notesEn-error")));
			assertThat(notesError.getText()).contains("Englisch");
			assertAccessible();
			this.driver.findElement(By.id("notesEn")).sendKeys("The figures of the 2021 survey.");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement published = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));
			assertThat(published.getText()).contains("Ausgabe " + (before + 1));

			this.driver.get(base + "/releases/" + (before + 1));
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Erhebung 2021", "70.000",
					"neu");
			assertAccessible();
			this.driver.get(base + "/releases");
			assertAccessible();
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv?release=1")).doesNotContain(",2021,");
			this.driver.get(base + "/metrics/vpn-certificates?release=1");
			assertThat(this.driver.findElement(By.tagName("body")).getText()).contains("Stand: Ausgabe 1 vom")
				.doesNotContain("70.000");
			assertAccessible();

			this.driver.get(base + "/metrics/vpn-certificates?lang=de");
			WebElement canvas = this.driver.findElement(By.cssSelector("canvas[data-chart]"));
			assertThat(canvas.getDomAttribute("data-chart")).contains("\"2021\"", "70000");
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until((d) -> canvas.getDomAttribute("data-drawn") != null);
			Number painted = (Number) ((JavascriptExecutor) this.driver).executeScript(PAINTED_PIXELS, canvas);
			assertThat(painted.longValue()).isGreaterThan(500);
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("70.000");
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv")).contains(
					"vpn_certificates,municipal_administrations,2021,70000,,count");

			this.driver.get(base + "/admin/figures?metric=vpn_certificates");
			this.driver.findElement(By.xpath("//tr[th='2021']//a[contains(@href,'/edit')]")).click();
			WebElement value = this.driver.findElement(By.id("value"));
			value.clear();
			value.sendKeys("71.000");
			this.driver.findElement(By.id("reason")).sendKeys("Tippfehler");
			submitAndWaitFor("/admin/figures?metric=vpn_certificates");
			assertThat(this.driver.findElement(By.cssSelector(".success")).getText()).contains("gespeichert");

			this.driver.get(base + "/admin/history?metric=vpn_certificates");
			String history = this.driver.findElement(By.tagName("main")).getText();
			assertThat(history).contains("Tippfehler", "korrigiert", "70.000", "71.000", "browser.editor");
			assertAccessible();
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv")).as("the correction waits in the draft")
				.contains("vpn_certificates,municipal_administrations,2021,70000,,count");
		}
		finally {
			this.jdbc.update("delete from figure where year >= 2021");
			Releases.publish(this.publisher);
			this.jdbc.update("update admin_user set enabled = false where username like 'browser.%'");
			this.driver.manage().deleteAllCookies();
		}
	}

	/** A shared link with the table and chosen years opens that view; the switch keeps the address current. */
	@Test
	void aSharedLinkOpensItsViewAndTheSwitchKeepsTheAddressCurrent() {
		this.driver.get("http://localhost:" + this.port + "/metrics/employees?from=2012&to=2018&view=table&lang=de");
		WebElement canvas = this.driver.findElement(By.cssSelector(".chart-card canvas"));
		WebElement chartButton = new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".view-switch button[data-view=chart]")));
		assertThat(chartButton.getDomAttribute("aria-pressed")).isEqualTo("false");
		assertThat(canvas.isDisplayed()).as("the table in front, as the link asked").isFalse();
		assertThat(this.driver.findElement(By.cssSelector(".chart-table")).getText()).contains("2012", "2018")
			.doesNotContain("2010");
		assertAccessible();
		chartButton.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("view=table"));
		assertThat(this.driver.getCurrentUrl()).contains("from=2012", "to=2018");
		assertThat(canvas.isDisplayed()).isTrue();
		this.driver.findElement(By.cssSelector(".view-switch button[data-view=table]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().contains("view=table"));
	}

	/**
	 * The team's year through the interface alone, as a new team member would, in either language: an admin creates
	 * a publisher, who imports the new year's figure with a grouped number and a flag (the form's number rule), sees
	 * a preview headed as a preview, goes on from the applied import to the site's preview and the publish page,
	 * whose time field follows the choice, schedules the release and then sees the waiting release instead of the
	 * form; the public calendar announces it, and nothing of it is public yet.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "de", "en" })
	void aNewPublisherImportsPreviewsAndSchedulesTheYearWithoutATrap(String language, @TempDir Path files)
			throws Exception {
		boolean german = language.equals("de");
		String base = "http://localhost:" + this.port;
		String username = "walk." + language;
		Path broken = files.resolve("vorlage-broken.csv");
		Path good = files.resolve("vorlage.csv");
		if (german) {
			Files.writeString(broken, """
					Kennzahl (Code);Bereich (Code);Jahr;Wert;Vermerk;Quelle
					vpn_certificates;municipal_administrations;2021;63.500;vorläufig;Vitako-Erhebung 2021
					vpn_certificates;nowhere;2021;1;;Vitako-Erhebung 2021
					""", StandardCharsets.UTF_8);
			Files.writeString(good, """
					Kennzahl (Code);Bereich (Code);Jahr;Wert;Vermerk;Quelle
					vpn_certificates;municipal_administrations;2021;63.500;vorläufig;Vitako-Erhebung 2021
					""", StandardCharsets.UTF_8);
		}
		else {
			Files.writeString(broken, """
					Metric (code),Segment (code),Year,Value,Flag,Source
					vpn_certificates,municipal_administrations,2021,"63,500",provisional,Vitako survey 2021
					vpn_certificates,nowhere,2021,1,,Vitako survey 2021
					""", StandardCharsets.UTF_8);
			Files.writeString(good, """
					Metric (code),Segment (code),Year,Value,Flag,Source
					vpn_certificates,municipal_administrations,2021,"63,500",provisional,Vitako survey 2021
					""", StandardCharsets.UTF_8);
		}
		try {
			this.driver.get(base + "/admin/accounts/new?lang=" + language);
			this.driver.findElement(By.id("username")).sendKeys("admin");
			this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
			submitAndWaitFor("/admin/accounts/new");
			this.driver.findElement(By.id("username")).sendKeys(username);
			this.driver.findElement(By.id("displayName")).sendKeys("Walk " + language);
			this.driver.findElement(By.id("role-publisher")).click();
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".one-time-password code")));
			// the one-time password's change is its own test (accounts); here the publisher gets a known one
			this.jdbc.update("update admin_user set password_hash = ?, must_change_password = false where username = ?",
					this.encoder.encode(TEAM_PASSWORD), username);
			this.driver.manage().deleteAllCookies();

			this.driver.get(base + "/admin/import?lang=" + language);
			this.driver.findElement(By.id("username")).sendKeys(username);
			this.driver.findElement(By.id("password")).sendKeys(TEAM_PASSWORD);
			submitAndWaitFor("/admin/import");
			this.driver.findElement(By.id("file")).sendKeys(broken.toString());
			submitAndWaitFor("/admin/import/preview");
			String heading = this.driver.findElement(By.cssSelector(".error-summary h2")).getText();
			assertThat(heading).as("a preview applies nothing; it says the file cannot be applied as it is")
				.isEqualTo(german ? "Die Datei kann so nicht übernommen werden"
						: "This file cannot be applied as it is");
			assertThat(this.driver.manage().logs().get(LogType.BROWSER).getAll()).isNotEmpty();
			this.driver.findElement(By.cssSelector("form[action$='/admin/import/cancel'] button")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.urlMatches(".*/admin/import$"));
			this.driver.findElement(By.id("file")).sendKeys(good.toString());
			submitAndWaitFor("/admin/import/preview");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).as("the form's number rule")
				.contains(german ? "63.500 (vorläufig)" : "63,500 (provisional)");
			this.driver.findElement(By.cssSelector("form[action$='/admin/import/apply'] button[type=submit]")).click();
			WebElement applied = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));
			assertThat(applied.getText()).contains(german ? "eine neue und keine geänderte Zahl"
					: "one new and no changed figures");
			assertAccessible();
			// the way on: to the site's preview, then to the publish page
			assertThat(applied.findElements(By.cssSelector("a[href='/admin/publish']"))).hasSize(1);
			applied.findElement(By.cssSelector("a[href='/admin/preview/']")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.urlContains("/admin/preview/"));
			this.driver.get(base + "/admin/preview/metrics/vpn-certificates");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(german ? "63.500" : "63,500");
			this.driver.get(base + "/admin/publish");
			assertThat(this.driver.findElement(By.id("at")).isDisplayed()).isFalse();
			this.driver.findElement(By.id("notesDe")).sendKeys("Die VPN-Zertifikate 2021, vorläufig.");
			this.driver.findElement(By.id("notesEn")).sendKeys("The VPN certificates of 2021, provisional.");
			this.driver.findElement(By.cssSelector("label[for=later-true]")).click();
			WebElement at = this.driver.findElement(By.id("at"));
			assertThat(at.isDisplayed()).isTrue();
			assertThat(this.driver.findElement(By.id("at-hint")).getText())
				.contains(german ? "Zeitzone Europe/Berlin" : "time zone Europe/Berlin");
			((JavascriptExecutor) this.driver).executeScript("arguments[0].value = '2030-01-15T09:00';", at);
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement pending = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.pending")));
			assertThat(pending.getText())
				.contains(german ? "eine Zahl neu oder geändert" : "one new or changed figure");
			assertThat(this.driver.findElements(By.id("later-false"))).as("no second publication one click away")
				.isEmpty();
			assertAccessible();

			this.driver.get(base + "/releases?lang=" + language);
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains(german
					? "Die nächsten Zahlen erscheinen am 15.01.2030 um 09:00 Uhr."
					: "The next figures will be published on 15 Jan 2030 at 09:00 (German time).");
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv")).doesNotContain(",2021,");
			assertThat(csv(base + "/releases.ics?lang=" + language)).contains("DTSTART:20300115T080000Z");
		}
		finally {
			this.publisher.cancel("test");
			this.jdbc.update("delete from figure where year >= 2021");
			Releases.publish(this.publisher);
			this.jdbc.update("update admin_user set enabled = false where username like 'walk.%'");
			this.driver.manage().deleteAllCookies();
		}
	}

	private static final String TEAM_PASSWORD = "Browser-Test-Passwort-2026";

	/** An account of the team with a password of its own, as after its first login. */
	private void teamMember(String username, String role) {
		this.jdbc.update("""
				insert into admin_user (username, password_hash, display_name, role) values (?, ?, ?, ?)
				on conflict (username_key) do update set enabled = true, role = excluded.role""", username,
				this.encoder.encode(TEAM_PASSWORD), username, role);
	}

	@Test
	void accountPagesWorkFromTheKeyboardAndAreAccessible() {
		String base = "http://localhost:" + this.port;
		try {
			this.driver.get(base + "/admin/accounts/new?lang=de");
			this.driver.findElement(By.id("username")).sendKeys("admin");
			this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
			submitAndWaitFor("/admin/accounts/new?lang=de");
			assertAccessible();
			this.driver.findElement(By.id("username")).sendKeys("browser.test");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement error = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("displayName-error")));
			assertThat(error.getText()).contains("Namen");
			assertThat(this.driver.getTitle()).startsWith("Fehler:");
			assertAccessible();
			this.driver.findElement(By.id("displayName")).sendKeys("Browser Test");
			this.driver.findElement(By.id("role-publisher")).click();
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement password = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".one-time-password code")));
			assertThat(password.getText()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
			assertAccessible();
			this.driver.get(base + "/admin/accounts");
			assertThat(this.driver.findElement(By.tagName("main")).getText())
				.contains("browser.test", "Herausgeber/-in");
			assertAccessible();
			this.driver.get(base + "/admin/outbox");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Postausgang");
			assertAccessible();
			this.driver.get(base + "/admin/members");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mitglieder");
			assertAccessible();
			this.driver.get(base + "/admin/members/import");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mitgliederliste importieren");
			assertAccessible();
			// the members' page that opens without an account (the invalid link's page answers 404, which the
			// browser logs, and the console of this shared browser must stay clean; HtmlValidityTests checks it)
			this.driver.get(base + "/member/password-reset");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Passwort vergessen");
			assertAccessible();
			this.driver.get(base + "/admin/password");
			assertAccessible();
		}
		finally {
			this.jdbc.update("update admin_user set enabled = false where username = 'browser.test'");
			this.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void anAdminImportsAFileFixesItsProblemsAppliesAndPublishesIt(@TempDir Path files) throws Exception {
		String base = "http://localhost:" + this.port;
		Path broken = files.resolve("erhebung-2022.csv");
		Files.writeString(broken, """
				Kennzahl;Bereich;Jahr;Wert;Quelle
				vpn_certificates;municipal_administrations;2022;80.000,5;Erhebung 2022
				vpn_zertifikate;municipal_administrations;2022;80000;Erhebung 2022
				""", StandardCharsets.UTF_8);
		Path fixed = files.resolve("erhebung-2022-korrigiert.csv");
		Files.writeString(fixed, """
				Kennzahl;Bereich;Jahr;Wert;Quelle
				vpn_certificates;municipal_administrations;2022;80000;Erhebung 2022
				""", StandardCharsets.UTF_8);
		int before = this.jdbc.queryForObject("select max(number) from release", Integer.class);
		try {
			this.driver.get(base + "/admin/import?lang=de");
			this.driver.findElement(By.id("username")).sendKeys("admin");
			this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
			submitAndWaitFor("/admin/import");
			assertAccessible();

			this.driver.findElement(By.id("file")).sendKeys(broken.toString());
			submitAndWaitFor("/admin/import/preview");
			assertThat(this.driver.getTitle()).startsWith("Fehler:");
			assertThat(this.driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("error-summary");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("2 Fehler in 2 Zeilen",
					"ganze Zahl", "Meinten Sie „vpn_certificates“?");
			assertThat(this.driver.findElements(By.cssSelector("form[action$='/admin/import/apply']"))).isEmpty();
			assertAccessible();
			// the browser saw the 422 (and its console says so; read here, so the next test's check starts clean)
			assertThat(this.driver.manage().logs().get(LogType.BROWSER).getAll())
				.anySatisfy((entry) -> assertThat(entry.getMessage()).contains("422"));

			WebElement cancel = this.driver.findElement(By.cssSelector("form[action$='/admin/import/cancel'] button"));
			assertThat(cancel.getCssValue("background-color")).as("a button that reads as a link, not blue on blue")
				.isEqualTo("rgba(0, 0, 0, 0)");
			cancel.click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin/import$"));
			this.driver.findElement(By.id("file")).sendKeys(fixed.toString());
			submitAndWaitFor("/admin/import/preview");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("80.000", "Erhebung 2022");
			assertAccessible();
			this.driver.findElement(By.cssSelector("form[action$='/admin/import/apply'] button[type=submit]")).click();
			WebElement applied = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));
			assertThat(applied.getText()).contains("eine neue und keine geänderte Zahl");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("erhebung-2022-korrigiert.csv");
			assertAccessible();
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv")).as("in the draft, not yet public")
				.doesNotContain(",2022,");

			this.driver.get(base + "/admin/publish");
			this.driver.findElement(By.id("notesDe")).sendKeys("Die Zahlen der Erhebung 2022, importiert.");
			this.driver.findElement(By.id("notesEn")).sendKeys("The figures of the 2022 survey, imported.");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			WebElement published = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));
			assertThat(published.getText()).contains("Ausgabe " + (before + 1));
			assertThat(csv(base + "/export/metrics/vpn_certificates.csv"))
				.contains("vpn_certificates,municipal_administrations,2022,80000,,count");
			this.driver.get(base + "/admin/import");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).as("published: no more undo")
				.contains("veröffentlicht")
				.doesNotContain("Rückgängig machen");
		}
		finally {
			this.jdbc.update("delete from figure where year >= 2021");
			Releases.publish(this.publisher);
			this.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void anEditorCreatesAMetricAndItsFirstYearAndAPublisherPublishesIt() throws Exception {
		String base = "http://localhost:" + this.port;
		try {
			this.driver.get(base + "/admin/catalogue?lang=de");
			this.driver.findElement(By.id("username")).sendKeys("admin");
			this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
			submitAndWaitFor("/admin/catalogue");
			assertAccessible();
			this.driver.findElement(By.linkText("Neue Kennzahl")).click();
			this.driver.findElement(By.id("code")).sendKeys("Cloud Desktops");
			submitAndWaitFor("/admin/catalogue/new");
			assertThat(this.driver.getTitle()).startsWith("Fehler:");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Der Code darf nur",
					"Bitte eine Bezeichnung eingeben");
			assertAccessible();
			assertThat(this.driver.manage().logs().get(LogType.BROWSER).getAll())
				.anySatisfy((entry) -> assertThat(entry.getMessage()).contains("422"));
			WebElement code = this.driver.findElement(By.id("code"));
			code.clear();
			code.sendKeys("cloud_desktops");
			this.driver.findElement(By.id("labelDe")).sendKeys("Cloud-Desktops");
			this.driver.findElement(By.id("labelEn")).sendKeys("Cloud desktops");
			this.driver.findElement(By.id("descriptionDe")).sendKeys("Virtuelle Arbeitsplätze aus der Cloud.");
			this.driver.findElement(By.id("descriptionEn")).sendKeys("Virtual workplaces from the cloud.");
			this.driver.findElement(By.id("segmentCode")).sendKeys("total");
			this.driver.findElement(By.id("segmentLabelDe")).sendKeys("Insgesamt");
			this.driver.findElement(By.id("segmentLabelEn")).sendKeys("Total");
			submitAndWaitFor("/admin/catalogue/cloud_desktops");
			assertThat(this.driver.findElement(By.cssSelector(".success")).getText()).contains("Cloud-Desktops");
			assertAccessible();

			this.driver.get(base + "/admin/sources");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Vitako: Digital durch die Pandemie");
			assertAccessible();
			this.driver.findElement(By.linkText("Vitako: Digital durch die Pandemie")).click();
			assertThat(this.driver.findElement(By.id("publisher")).getDomProperty("value")).startsWith("Vitako");
			assertAccessible();

			this.driver.get(base + "/admin/metrics/cloud_desktops/years/new");
			WebElement year = this.driver.findElement(By.id("year"));
			year.clear();
			year.sendKeys("2021");
			this.driver.findElement(By.id("values-0")).sendKeys("4.200");
			this.driver.findElement(By.id("sourceTitle")).sendKeys("Vitako-Erhebung 2021");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));

			this.driver.get(base + "/admin/publish");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Kennzahlen-Katalog (1)",
					"neue Kennzahl", "Cloud-Desktops");
			assertAccessible();
			this.driver.findElement(By.id("notesDe")).sendKeys("Neue Kennzahl Cloud-Desktops.");
			this.driver.findElement(By.id("notesEn")).sendKeys("New metric: cloud desktops.");
			this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));
			this.driver.get(base + "/metrics/cloud-desktops");
			Browser.drawAllCharts(this.driver);
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Cloud-Desktops",
					"Virtuelle Arbeitsplätze aus der Cloud.", "4.200");
			assertAccessible();
		}
		finally {
			this.jdbc.update("update metric set retired_at = now() where code = 'cloud_desktops'");
			this.jdbc.update("delete from figure where metric_code = 'cloud_desktops'");
			Releases.publish(this.publisher);
			this.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void anotherSiteFramesAnEmbedAndFetchesTheApi() throws Exception {
		String base = "http://localhost:" + this.port;
		String host = """
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>waiting</title></head><body>
				<main><h1>A member's page</h1>
				<iframe id="embed" src="%s/embed/metrics/vpn-certificates?lang=en" title="VPN certificates"
				        style="width:100%%;aspect-ratio:4/3;border:0"></iframe></main>
				<script>
				const urls = ['/api/v1/metrics', '/api/v1/metrics/employees/figures', '/api/v1/releases',
				  '/export/figures.csv', '/export/figures.csv?format=excel', '/export/figures.csv?format=xlsx',
				  '/export/metrics/employees.csv', '/export/datapackage.json', '/export/catalog.ttl',
				  '/export/catalog.jsonld', '/v3/api-docs', '/metrics/employees.svg', '/metrics/employees.png',
				  '/releases.atom', '/api/v1/figures?metric=employees'];
				let fetched = 0;
				async function readAll() {
				  for (const url of urls) {
				    // three times: the first is rendered, the others come from the app's and the browser's caches
				    for (let i = 0; i < 3; i++) {
				      const response = await fetch('%s' + url);
				      if (!response.ok) { throw new Error(url + ' ' + response.status); }
				      await response.arrayBuffer();
				      fetched++;
				    }
				  }
				}
				readAll().then(function () { document.title = 'fetched ' + fetched; })
				  .catch(function (e) { document.title = 'failed ' + e; });
				</script></body></html>""".formatted(base, base);
		HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		other.createContext("/", (exchange) -> {
			byte[] body = host.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		other.start();
		try {
			// 127.0.0.1 on another port: another origin than localhost:port
			this.driver.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
			new WebDriverWait(this.driver, Duration.ofSeconds(60))
				.until((driver) -> !driver.getTitle().equals("waiting"));
			assertThat(this.driver.getTitle()).isEqualTo("fetched 45");
			this.driver.switchTo().frame("embed");
			assertThat(this.driver.findElement(By.tagName("h1")).getText()).contains("VDI/VPN");
			Browser.drawAllCharts(this.driver);
			assertThat(this.driver.findElement(By.cssSelector(".embed-line")).getText()).contains("Source:",
					"Licence:", "As of release");
			this.driver.switchTo().defaultContent();
			this.driver.get(base + "/embed/metrics/vpn-certificates?lang=de");
			Browser.drawAllCharts(this.driver);
			assertAccessible();
			assertThat(this.driver.manage().getCookies()).as("an embed sets no cookie").isEmpty();
		}
		finally {
			other.stop(0);
			this.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void theAdminListsActionsAndTextColumnsReadOnAPhone() {
		String base = "http://localhost:" + this.port;
		Dimension before = this.driver.manage().window().getSize();
		try {
			this.driver.get(base + "/admin/figures?lang=de");
			this.driver.findElement(By.id("username")).sendKeys("admin");
			this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
			submitAndWaitFor("/admin/figures");
			this.driver.manage().window().setSize(new Dimension(320, 800));
			this.driver.get(base + "/admin/figures?metric=video_licences&lang=de");
			// the year stays in sight while the table scrolls; the actions are its last column, scrolled to
			WebElement year = this.driver.findElement(By.cssSelector(".admin-table tbody th[scope=row]"));
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> actions = (List<Map<String, Object>>) ((JavascriptExecutor) this.driver)
				.executeScript("""
						const box = document.querySelector('.admin-table').closest('.table-scroll');
						box.scrollLeft = box.scrollWidth;
						return Array.from(document.querySelectorAll('.row-actions a')).map(function (a) {
						  const r = a.getBoundingClientRect();
						  return { text: a.textContent, left: r.left, right: r.right, width: r.width };
						});""");
			assertThat(actions).as("edit, delete and history of four figures").hasSizeGreaterThanOrEqualTo(12)
				.allSatisfy((a) -> {
					assertThat(((Number) a.get("left")).doubleValue()).as("%s", a).isGreaterThanOrEqualTo(0);
					assertThat(((Number) a.get("right")).doubleValue()).as("%s on screen", a).isLessThanOrEqualTo(320);
				});
			assertThat(year.getRect().getX()).as("the year, pinned").isLessThan(20);
			WebElement segment = this.driver.findElement(By.cssSelector(".admin-table tbody td.text"));
			assertThat(segment.getCssValue("text-align")).as("a text column").isEqualTo("left");
			assertAccessible();
		}
		finally {
			this.driver.manage().window().setSize(before);
			this.driver.manage().deleteAllCookies();
		}
	}

	/**
	 * A member fills in the questionnaire on a phone and at a desk: it fits 320 px, the check against last year
	 * shows while typing, a bad number gets its message, saving keeps the answers, and submitting locks them; axe
	 * finds nothing at any step.
	 */
	@Test
	void aMemberFillsInAndSubmitsTheQuestionnaireOnAPhoneAndAtADesk() {
		String base = "http://localhost:" + this.port;
		String email = "browser.member@example.org";
		long member = this.registry.add(new MemberDetails("Browser-Rechenzentrum", "browser-rz", "data_centre", "HE",
				null), "test");
		this.registry.addContact(member, this.registry.get(member).orElseThrow().version(),
				new ContactDetails("Bea Browser", email, "de"));
		this.jdbc.update("update member_contact set password_hash = ?, password_set_at = now() where email = ?",
				this.encoder.encode(TEAM_PASSWORD), email);
		long last = round(2081, member, "devices_ordered:number");
		this.questionnaires.save(email, last, 0, Map.of(new AnswerKey("devices_ordered", "schools"),
				Answer.of(BigDecimal.valueOf(1000)), new AnswerKey("devices_ordered", "municipal_administrations"),
				Answer.of(BigDecimal.valueOf(200)), new AnswerKey("devices_ordered", "other"), Answer.notStated()),
				Map.of(), true, "form");
		long round = round(2082, member, "devices_ordered:number", "outsourcing_willingness:choice",
				"topic_relevance:rating");
		Dimension before = this.driver.manage().window().getSize();
		try {
			this.driver.get(base + "/member?lang=de");
			this.driver.findElement(By.id("username")).sendKeys(email);
			this.driver.findElement(By.id("password")).sendKeys(TEAM_PASSWORD);
			// the login leads to the members' area in the language of the contact's mails, German here
			submitAndWaitFor("/member?lang=de");
			this.driver.findElement(By.linkText("Mitgliederumfrage 2082")).click();
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.urlContains("/member/surveys/" + round));

			this.driver.manage().window().setSize(new Dimension(320, 800));
			Number overflow = (Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow.intValue()).as("no sideways scrolling at 320 px").isLessThanOrEqualTo(0);
			assertAccessible();
			assertThat(this.driver.findElements(By.id("jump-devices_ordered-schools"))).isEmpty();
			this.driver.findElement(By.id("value-devices_ordered-schools")).sendKeys("12.000");
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("jump-devices_ordered-schools")));
			assertAccessible();

			this.driver.manage().window().setSize(before);
			this.driver.findElement(By.id("value-devices_ordered-municipal_administrations")).sendKeys("2,5");
			this.driver.findElement(By.id("declined-devices_ordered-other")).click();
			this.driver.findElement(By.id("choice-outsourcing_willingness-increasing")).click();
			this.driver.findElement(By.cssSelector("button[value=save]")).click();
			WebElement problem = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions
					.visibilityOfElementLocated(By.id("error-devices_ordered-municipal_administrations")));
			assertThat(problem.getText()).contains("ganze Zahl");
			assertThat(this.driver.getTitle()).startsWith("Fehler:");
			assertAccessible();

			WebElement administrations = this.driver
				.findElement(By.id("value-devices_ordered-municipal_administrations"));
			administrations.clear();
			administrations.sendKeys("250");
			this.driver.findElement(By.id("confirm-devices_ordered-schools")).click();
			for (WebElement rating : this.driver.findElements(By.cssSelector("select[id^=value-topic_relevance]"))) {
				new Select(rating).selectByValue("4");
			}
			this.driver.findElement(By.cssSelector("button[value=save]")).click();
			WebElement saved = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.success")));
			assertThat(saved.getText()).isEqualTo("Ihre Antworten sind gespeichert.");
			assertThat(this.driver.findElement(By.id("value-devices_ordered-schools")).getDomProperty("value"))
				.isEqualTo("12.000");
			assertAccessible();

			this.driver.findElement(By.cssSelector("button[value=submit]")).click();
			WebElement submitted = new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.success")));
			assertThat(submitted.getText()).startsWith("Der Fragebogen ist abgesendet.");
			assertThat(this.driver.findElements(By.cssSelector("form.admin-form input"))).isEmpty();
			assertAccessible();
			this.driver.manage().window().setSize(new Dimension(320, 800));
			assertAccessible();
			// the member's own results: its answers, nothing published yet
			this.driver.get(base() + "/member/surveys/" + round + "/results?lang=de");
			assertThat(this.driver.findElement(By.tagName("h1")).getText())
				.isEqualTo("Ihre Ergebnisse: Mitgliederumfrage 2082");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("noch nicht veröffentlicht");
			assertAccessible();

			// staff see the round's results: one member's answers are confidential throughout
			this.driver.manage().deleteAllCookies();
			this.driver.manage().window().setSize(before);
			this.driver.get(base() + "/admin/surveys/" + round + "/results?lang=de");
			this.driver.findElement(By.id("username")).sendKeys("admin");
			this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
			submitAndWaitFor("/admin/surveys/" + round + "/results");
			assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("n = 1 Mitglied",
					"geheim gehalten: beruht auf weniger als 3 Mitgliedern", "1 von 1 eingeladenen Mitgliedern");
			assertAccessible();
			this.driver.manage().window().setSize(new Dimension(320, 800));
			((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
			assertAccessible();
			assertThat(((JavascriptExecutor) this.driver).executeScript(
					"return document.documentElement.scrollWidth <= window.innerWidth;")).isEqualTo(true);
		}
		finally {
			((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
			this.driver.manage().window().setSize(before);
			this.driver.manage().deleteAllCookies();
		}
	}

	/** A round open since yesterday asking these questions of one member, its invitation sent. */
	private long round(int year, long member, String... questions) {
		long id = this.planner.create(new RoundDetails(year, new LocalizedText("Mitgliederumfrage " + year,
				"Member survey " + year), LocalDate.now().minusDays(1), LocalDate.now().plusDays(20)), "test");
		for (String question : questions) {
			String[] parts = question.split(":");
			this.planner.ask(id, this.planner.get(id).orElseThrow().version(), parts[0], parts[1], null);
		}
		this.planner.invite(id, this.planner.get(id).orElseThrow().version(), Set.of(member), "test");
		this.planner.send(id, this.planner.get(id).orElseThrow().version(), base(), "test");
		return id;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/** Submits the page's form and waits until the browser has arrived where the post redirects to. */
	private void submitAndWaitFor(String url) {
		this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).withMessage(
				() -> "expected " + url + ", the page says: " + this.driver.findElement(By.tagName("body")).getText())
			.until(ExpectedConditions.urlContains(url));
	}

	private void assertAccessible() {
		Browser.assertAccessible(this.driver);
	}

	private static String csv(String url) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
