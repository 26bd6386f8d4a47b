package de.vitako.dashboard.dashboard;

import java.util.List;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.vitako.dashboard.figures.FigureCatalog;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
	FigureCatalog catalog;

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
				this.catalog.metrics().stream().map(MetricInfo::slug).map((slug) -> "/metrics/" + slug));
		return paths.flatMap((path) -> Stream.of(path + "?lang=de", path + "?lang=en"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void drawsEveryChartCleanlyAndAccessibly(String page) {
		this.driver.get("http://localhost:" + this.port + page);
		List<WebElement> canvases = this.driver.findElements(By.cssSelector("canvas[data-chart]"));
		assertThat(canvases).isNotEmpty();
		for (WebElement canvas : canvases) {
			Number painted = (Number) ((JavascriptExecutor) this.driver).executeScript(PAINTED_PIXELS, canvas);
			assertThat(painted.longValue()).as("painted pixels of %s", canvas.getDomAttribute("id")).isGreaterThan(500);
		}
		assertThat(this.driver.findElements(By.cssSelector(".png-button"))).allSatisfy(
				(button) -> assertThat(button.isDisplayed()).as("PNG button shown once the script ran").isTrue());
		List<String> errors = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("browser console").isEmpty();
		Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.driver);
		assertThat(axe.getViolations()).as(() -> describe(axe.getViolations())).isEmpty();
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
	void fitsAPhoneScreenWithoutSidewaysScrolling() {
		Dimension before = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(360, 800));
			this.driver.get("http://localhost:" + this.port + "/metrics/video-licences?lang=de");
			Boolean fits = (Boolean) ((JavascriptExecutor) this.driver)
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
			assertThat(fits).isTrue();
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	private static String describe(List<Rule> violations) {
		StringBuilder text = new StringBuilder("axe-core violations:");
		for (Rule rule : violations) {
			text.append("\n- ").append(rule.getId()).append(": ").append(rule.getHelp());
			rule.getNodes().forEach((node) -> text.append("\n    ").append(node.getTarget()));
		}
		return text.toString();
	}

}
