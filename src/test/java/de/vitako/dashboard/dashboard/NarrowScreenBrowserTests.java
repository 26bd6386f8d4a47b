package de.vitako.dashboard.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.support.Browser;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, public and admin, on a 320 px screen (WCAG 2.1's reflow, 1.4.10) in both languages: the page never
 * scrolls sideways (only a table may, inside its own box), no cell's content is cut off, no pinned cell covers
 * another one, and axe-core finds no violation, in the dark colour scheme and in the light.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NarrowScreenBrowserTests {

	/**
	 * The page's width against the viewport's, and every cell or element whose content is cut: clipped by its own
	 * overflow, or covered by a cell pinned to the side of its row.
	 */
	private static final String MEASURE = """
			const problems = [];
			for (const el of document.querySelectorAll('td, th, .tile, .chart-links a, .admin-nav a, button')) {
			  const style = getComputedStyle(el);
			  const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
			  if (clips && el.scrollWidth > el.clientWidth + 1 && el.offsetParent !== null) {
			    problems.push('cut: ' + el.tagName + ' ' + el.textContent.trim().slice(0, 40));
			  }
			}
			for (const row of document.querySelectorAll('tr')) {
			  const cells = Array.from(row.children);
			  const pinned = cells.filter((c) => getComputedStyle(c).position === 'sticky');
			  for (const pin of pinned) {
			    const p = pin.getBoundingClientRect();
			    for (const cell of cells.filter((c) => !pinned.includes(c))) {
			      const r = cell.getBoundingClientRect();
			      if (r.width > 0 && r.left < p.right - 1 && r.right > p.left + 1) {
			        problems.push('covered: ' + cell.textContent.trim().slice(0, 40));
			      }
			    }
			  }
			}
			// what sticks out of the page, for the message: the innermost elements past its right edge
			const wide = Array.from(document.querySelectorAll('body *'))
			  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !el.closest('.table-scroll')
			      && el.children.length === 0)
			  .slice(0, 5)
			  .map((el) => el.tagName + '.' + el.className + ' "' + el.textContent.trim().slice(0, 40) + '"');
			return { page: document.documentElement.scrollWidth, viewport: window.innerWidth, problems: problems,
			         wide: wide };""";

	/** One page of each kind, checked with axe too. */
	private static final List<String> AXE_PAGES = List.of("/?", "/metrics/video-licences?", "/releases/1?",
			"/search?", "/embed/", "/admin/figures?metric", "/admin/history?metric", "/admin/import?",
			"/admin/catalogue/video_licences?", "/admin/publish?", "/admin/accounts?", "/admin/members?",
			"/admin/metrics/", "/admin/figures/");

	@LocalServerPort
	int port;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver driver;

	@BeforeAll
	void startBrowserAndSignIn() {
		this.driver = Browser.start();
		this.driver.manage().window().setSize(new Dimension(320, 800));
		this.driver.get(base() + "/admin/figures?lang=de");
		this.driver.findElement(By.id("username")).sendKeys("admin");
		this.driver.findElement(By.id("password")).sendKeys("test-admin-password");
		this.driver.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/admin/figures"));
	}

	@AfterAll
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	Stream<String> pages() {
		long figure = this.jdbc.queryForObject("select min(id) from figure where metric_code = 'video_licences'",
				Long.class);
		Stream<String> publicPages = Stream.concat(
				Stream.of("/", "/releases", "/releases/1", "/search?q=Schulen", "/impressum", "/datenschutz",
						"/barrierefreiheit", "/embed/metrics/video-licences"),
				this.snapshots.metrics().stream().map(MetricInfo::slug).map((slug) -> "/metrics/" + slug));
		Stream<String> admin = Stream.of("/admin/figures", "/admin/figures?metric=video_licences", "/admin/history",
				"/admin/history?metric=video_licences", "/admin/import", "/admin/catalogue",
				"/admin/catalogue/video_licences", "/admin/catalogue/new", "/admin/sources", "/admin/preview/",
				"/admin/publish", "/admin/accounts", "/admin/accounts/new", "/admin/outbox", "/admin/members",
				"/admin/members/new", "/admin/members/import", "/admin/surveys", "/admin/password",
				"/admin/metrics/video_licences/years/new", "/admin/figures/" + figure + "/edit",
				"/admin/figures/" + figure + "/delete");
		return Stream.concat(publicPages, admin).flatMap((path) -> {
			String language = path + (path.contains("?") ? "&" : "?") + "lang=";
			return Stream.of(language + "de", language + "en");
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	@SuppressWarnings("unchecked")
	void fitsA320PixelScreenWithoutSidewaysScrollingOrCutCells(String page) {
		this.driver.get(base() + page);
		Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) this.driver).executeScript(MEASURE);
		assertThat(((Number) measured.get("page")).intValue())
			.as("%s: the page's width at 320 px, past it: %s", page, measured.get("wide"))
			.isLessThanOrEqualTo(((Number) measured.get("viewport")).intValue());
		assertThat((List<String>) measured.get("problems")).as(page).isEmpty();
		// and accessible: one page of each kind, the English one at this width in both colour schemes, the German
		// one at desktop width in the dark scheme (BrowserTests checks it there in the light one)
		if (AXE_PAGES.stream().noneMatch(page::startsWith)) {
			return;
		}
		if (page.endsWith("en")) {
			assertAccessibleIn("light");
			assertAccessibleIn("dark");
			return;
		}
		Dimension phone = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(1366, 1024));
			assertAccessibleIn("dark");
		}
		finally {
			this.driver.manage().window().setSize(phone);
		}
	}

	private void assertAccessibleIn(String scheme) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
		Browser.assertAccessible(this.driver);
	}

	/** The admin's navigation, grouped, fits one line on a desktop in both languages; its groups open their links. */
	@Test
	void theAdminNavigationFitsOneLineOnADesktop() {
		Dimension phone = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(1366, 900));
			for (String language : List.of("de", "en")) {
				this.driver.get(base() + "/admin/figures?lang=" + language);
				Number lines = (Number) ((JavascriptExecutor) this.driver).executeScript("""
						const tops = Array.from(document.querySelectorAll('.admin-menu > ul > li'))
						  .map((li) => Math.round(li.getBoundingClientRect().top));
						return new Set(tops).size;""");
				assertThat(lines.intValue()).as(language).isEqualTo(1);
				assertThat(this.driver.findElement(By.cssSelector(".admin-menu > summary")).isDisplayed())
					.as("no menu button on a desktop").isFalse();
				WebElement group = this.driver.findElement(By.cssSelector(".admin-nav .nav-group summary"));
				group.click();
				assertThat(this.driver.findElement(By.cssSelector(".admin-nav .nav-group a[href='/admin/history']"))
					.isDisplayed()).isTrue();
			}
		}
		finally {
			this.driver.manage().window().setSize(phone);
		}
	}

	/** On a phone the admin's navigation is one menu button, which opens the groups, which open their links. */
	@Test
	void theAdminNavigationIsOneMenuOnAPhone() {
		for (String language : List.of("de", "en")) {
			this.driver.get(base() + "/admin/figures?lang=" + language);
			WebElement menu = this.driver.findElement(By.cssSelector(".admin-menu > summary"));
			WebElement history = this.driver.findElement(By.cssSelector(".admin-nav a[href='/admin/history']"));
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> !menu.findElement(By.xpath(".."))
				.getDomProperty("open").equals("true"));
			assertThat(menu.getText()).isEqualTo(language.equals("de") ? "Menü" : "Menu");
			Number navigation = (Number) ((JavascriptExecutor) this.driver)
				.executeScript("return document.querySelector('.admin-nav').getBoundingClientRect().height;");
			assertThat(navigation.intValue()).as("the navigation is one line: its button").isLessThan(50);
			WebElement firstGroup = this.driver.findElement(By.cssSelector(".admin-nav .nav-group summary"));
			assertThat(firstGroup.isDisplayed()).isFalse();

			menu.click();
			assertThat(firstGroup.isDisplayed()).isTrue();
			firstGroup.click();
			assertThat(history.isDisplayed()).isTrue();
			Browser.assertAccessible(this.driver);
			@SuppressWarnings("unchecked")
			Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) this.driver)
				.executeScript(MEASURE);
			assertThat(((Number) measured.get("page")).intValue()).as("no sideways scrolling with the menu open")
				.isLessThanOrEqualTo(((Number) measured.get("viewport")).intValue());
			assertThat((List<String>) measured.get("problems")).isEmpty();
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
