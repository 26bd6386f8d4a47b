package de.vitako.dashboard.support;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium for browser tests. The browser and its driver come from the machine (Debian's
 * {@code chromium} and {@code chromium-driver}, or GitHub's Chrome), never from a download: their paths are set
 * by {@code VITAKO_TEST_CHROME_BINARY} and {@code VITAKO_TEST_CHROMEDRIVER}. Without them the tests are skipped,
 * except on CI ({@code CI=true}), where a missing browser fails the build.
 */
public final class Browser {

	private Browser() {
	}

	public static WebDriver start() {
		String binary = setting("VITAKO_TEST_CHROME_BINARY", "/usr/bin/chromium");
		String driver = setting("VITAKO_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
		boolean present = new File(binary).canExecute() && new File(driver).canExecute();
		if (!present) {
			String message = "No Chromium at " + binary + " or no chromedriver at " + driver
					+ ": install them with 'apt-get install chromium chromium-driver', or set "
					+ "VITAKO_TEST_CHROME_BINARY and VITAKO_TEST_CHROMEDRIVER.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1366,1024", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--disable-extensions", "--lang=de-DE");
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	/**
	 * axe-core finds no violation of WCAG 2.1 A/AA or its best practices on the page shown. It runs as
	 * {@code axe.run} in the page (the builder's default opens a blank window for each check to combine the
	 * frames' results) and reports only the violations' nodes: a third of the time per page.
	 */
	public static void assertAccessible(WebDriver driver) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		// options first: withOptions replaces what withTags set
		Results axe = new AxeBuilder().withOptions(options)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
			.setLegacyMode(true)
			.analyze(driver);
		assertThat(axe.getViolations()).as(() -> driver.getCurrentUrl() + " " + describe(axe.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		StringBuilder text = new StringBuilder("axe-core violations:");
		for (Rule rule : violations) {
			text.append("\n- ").append(rule.getId()).append(": ").append(rule.getHelp());
			rule.getNodes().forEach((node) -> text.append("\n    ").append(node.getTarget()));
		}
		return text.toString();
	}

	/**
	 * Scrolls each chart of the page into view and passes the pointer over it, as a reader reaching for it would,
	 * and waits until Chart.js has drawn it on the page, interactive (before that a chart is the worker's picture);
	 * then back to the top.
	 */
	public static void drawAllCharts(WebDriver driver) {
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const canvases = Array.from(document.querySelectorAll('canvas[data-chart]'))
				  .filter(function (canvas) { return canvas.offsetParent !== null; });
				let i = 0;
				function next() {
				  if (i === canvases.length) { window.scrollTo(0, 0); done('drawn'); return; }
				  const canvas = canvases[i];
				  canvas.scrollIntoView({ block: 'center' });
				  canvas.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
				  canvas.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
				  const started = Date.now();
				  (function wait() {
				    // Chart.js is loaded when the first chart is reached for, and a loaded machine is slow
				    if (canvas.getAttribute('data-drawn') === 'chart') { i++; next(); }
				    else if (Date.now() - started > 15000) { done('not drawn: ' + canvas.id); }
				    else { setTimeout(wait, 20); }
				  })();
				}
				next();""");
		if (!"drawn".equals(result)) {
			throw new AssertionError(String.valueOf(result));
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			value = System.getProperty(name, fallback);
		}
		return value;
	}

}
