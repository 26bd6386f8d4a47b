package de.vitako.dashboard.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.support.Browser;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the charts read on a phone and on a desktop, in German and English, measured in a real headless Chromium
 * through Chart.js's own layout: no label is cut at the canvas's edges, no label tilts, no plot is flattened; the
 * chart/table switch and the chart's values work by keyboard; the overview's link names are unique; dark mode
 * keeps its contrast.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartLayoutBrowserTests {

	/**
	 * Every label a chart drew, as a box in the canvas's coordinates, from Chart.js's own API (tick label items,
	 * legend hit boxes), the value-label plugin's layout, and our labels above horizontal bars; each box that
	 * leaves the canvas, and each tilted tick label, is reported. Also the height of each plot.
	 */
	private static final String MEASURE = """
			const problems = [];
			const plots = [];
			let labels = 0;
			document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
			  const chart = Chart.getChart(canvas);
			  if (!chart) { problems.push(canvas.id + ': not drawn'); return; }
			  const width = chart.width, height = chart.height, context = chart.ctx;
			  function check(what, box) {
			    labels++;
			    if (box.left < -0.5 || box.top < -0.5 || box.left + box.width > width + 0.5
			        || box.top + box.height > height + 0.5) {
			      problems.push(canvas.id + ' ' + what + ' ' + JSON.stringify(box) + ' in ' + width + 'x' + height);
			    }
			  }
			  Object.values(chart.scales).forEach(function (scale) {
			    if (scale.options.display === false || scale.options.ticks.display === false) { return; }
			    scale.getLabelItems().forEach(function (item) {
			      const lines = Array.isArray(item.label) ? item.label : [item.label];
			      if (item.options.rotation) { problems.push(canvas.id + ' tilted label ' + lines.join(' ')); }
			      context.save();
			      context.font = item.font.string;
			      const textWidth = Math.max.apply(null, lines.map(function (l) { return context.measureText(l).width; }));
			      context.restore();
			      const lineHeight = item.font.lineHeight, x = item.options.translation[0];
			      const y = item.options.translation[1] + item.textOffset;
			      const align = item.options.textAlign, baseline = item.options.textBaseline;
			      const left = align === 'right' ? x - textWidth : (align === 'center' ? x - textWidth / 2 : x);
			      const top = baseline === 'middle' ? y - lineHeight / 2 : (baseline === 'bottom' ? y - lineHeight : y);
			      check('tick "' + lines.join(' ') + '"', { left: left, top: top, width: textWidth,
			        height: lines.length * lineHeight });
			    });
			  });
			  if (chart.legend && chart.legend.options.display) {
			    chart.legend.legendHitBoxes.forEach(function (box, i) {
			      check('legend ' + i, { left: box.left, top: box.top, width: box.width, height: box.height });
			    });
			  }
			  (chart.$datalabels ? chart.$datalabels._labels : []).forEach(function (label) {
			    if (label.$layout && label.$layout._visible) {
			      const r = label.$layout._box._rect;
			      check('value label', { left: r.x, top: r.y, width: r.w, height: r.h });
			    }
			  });
			  (chart.$labelsAbove || []).forEach(function (box, i) { check('category label ' + i, box); });
			  plots.push({ id: canvas.id, type: chart.config.type, height: chart.chartArea.bottom - chart.chartArea.top,
			    valueLabels: chart.$datalabels ? chart.$datalabels._labels.filter(function (l) {
			      return l.$layout && l.$layout._visible; }).length : 0 });
			});
			return { problems: problems, plots: plots, labels: labels };""";

	@LocalServerPort
	int port;

	@Autowired
	FigureSnapshots snapshots;

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

	@AfterEach
	void lightModeAgain() {
		colourScheme("light");
		this.driver.manage().window().setSize(new Dimension(1280, 1024));
	}

	Stream<Arguments> widthsAndLanguages() {
		List<String> paths = new ArrayList<>(List.of("/"));
		this.snapshots.metrics().stream().map(MetricInfo::slug).forEach((slug) -> paths.add("/metrics/" + slug));
		return Stream.of(320, 1366)
			.flatMap((width) -> Stream.of("de", "en").map((language) -> Arguments.of(width, language, paths)));
	}

	@ParameterizedTest(name = "{0} px, {1}")
	@MethodSource("widthsAndLanguages")
	void noChartLabelIsCutOrTiltedAndNoPlotIsFlattened(int width, String language, List<String> paths) {
		this.driver.manage().window().setSize(new Dimension(width, 900));
		int values = 0;
		for (String path : paths) {
			this.driver.get("http://localhost:" + this.port + path + "?lang=" + language);
			Browser.drawAllCharts(this.driver);
			Map<String, Object> measured = measure();
			assertThat((List<?>) measured.get("problems")).as("%s at %d px", path, width).isEmpty();
			assertThat(((Number) measured.get("labels")).intValue()).as("labels measured on %s", path)
				.isGreaterThan(3);
			for (Object plot : (List<?>) measured.get("plots")) {
				Map<?, ?> p = (Map<?, ?>) plot;
				assertThat(((Number) p.get("height")).doubleValue()).as("plot height of %s on %s", p.get("id"), path)
					.isGreaterThanOrEqualTo(110);
				values += ((Number) p.get("valueLabels")).intValue();
			}
		}
		assertThat(values).as("value labels drawn where they fit").isGreaterThan(20);
	}

	@Test
	void eachChartComesAsTheWorkersPictureAndBecomesTheSameChartInteractiveWhenReachedFor() {
		this.driver.manage().window().setSize(new Dimension(1366, 900));
		this.driver.get("http://localhost:" + this.port + "/?lang=de");
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		String drawn = "return document.getElementById(arguments[0]).getAttribute('data-drawn');";
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "picture".equals(js.executeScript(drawn, "chart-devices-ordered")));
		assertThat(js.executeScript("return typeof window.Chart;")).as("Chart.js is not on the page yet")
			.isEqualTo("undefined");
		assertThat(js.executeScript(drawn, "chart-topic-relevance")).as("far below the screen: not painted yet")
			.isNull();
		js.executeScript("""
				const canvas = document.getElementById('chart-devices-ordered');
				window.picture = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;""");

		WebElement canvas = this.driver.findElement(By.id("chart-devices-ordered"));
		new Actions(this.driver).moveToElement(canvas).perform();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "chart".equals(js.executeScript(drawn, "chart-devices-ordered")));
		@SuppressWarnings("unchecked")
		Map<String, Number> bar = (Map<String, Number>) js.executeScript("""
				const chart = Chart.getChart(arguments[0]);
				const centre = chart.getDatasetMeta(0).data[0].getCenterPoint();
				return { x: Math.round(centre.x - chart.width / 2), y: Math.round(centre.y - chart.height / 2) };""",
				canvas);
		new Actions(this.driver).moveToElement(canvas, bar.get("x").intValue(), bar.get("y").intValue()).perform();
		Object tooltip = js.executeScript("return Chart.getChart(arguments[0]).tooltip.getActiveElements().length;",
				canvas);
		assertThat(((Number) tooltip).intValue()).as("the pointer on a bar gets its tooltip").isEqualTo(1);
		// the pointer leaves: the interactive chart at rest is the picture that was there
		new Actions(this.driver).moveToElement(this.driver.findElement(By.tagName("h1"))).perform();
		Number differing = (Number) js.executeScript("""
				const canvas = document.getElementById('chart-devices-ordered');
				const now = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				if (now.length !== window.picture.length) { return 1; }
				let differing = 0;
				for (let i = 0; i < now.length; i += 4) {
				  let delta = 0;
				  for (let c = 0; c < 4; c++) { delta += Math.abs(now[i + c] - window.picture[i + c]); }
				  if (delta > 32) { differing++; }
				}
				return differing / (now.length / 4);""");
		assertThat(differing.doubleValue()).as("share of pixels that differ").isLessThan(0.02);

		js.executeScript("document.getElementById('chart-topic-relevance').scrollIntoView();");
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "picture".equals(js.executeScript(drawn, "chart-topic-relevance")));
	}

	@Test
	void aBrowserWithoutWorkersThatDrawGetsTheInteractiveChartsAtOnce() {
		ChromeDriver chrome = (ChromeDriver) this.driver;
		Map<String, Object> script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "delete window.OffscreenCanvas;"));
		try {
			this.driver.get("http://localhost:" + this.port + "/metrics/employees?lang=de");
			JavascriptExecutor js = (JavascriptExecutor) this.driver;
			assertThat(js.executeScript("return typeof window.OffscreenCanvas;")).isEqualTo("undefined");
			String drawn = "return document.getElementById('chart-employees').getAttribute('data-drawn');";
			new WebDriverWait(this.driver, Duration.ofSeconds(10))
				.until((d) -> "chart".equals(js.executeScript(drawn)));
			assertThat(js.executeScript("return !!Chart.getChart(document.getElementById('chart-employees'));"))
				.as("drawn by Chart.js on the page, without anyone reaching for it").isEqualTo(true);
		}
		finally {
			chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
					Map.of("identifier", script.get("identifier")));
		}
	}

	@Test
	void aTimeAxisSpacesYearsByTheirDistance() {
		this.driver.get("http://localhost:" + this.port + "/metrics/employees?lang=de");
		Browser.drawAllCharts(this.driver);
		@SuppressWarnings("unchecked")
		Map<String, Number> x = (Map<String, Number>) ((JavascriptExecutor) this.driver).executeScript("""
				const scale = Chart.getChart(document.getElementById('chart-employees')).scales.x;
				return { y2010: scale.getPixelForValue(2010), y2018: scale.getPixelForValue(2018),
				         y2019: scale.getPixelForValue(2019) };""");
		double twoYears = (x.get("y2018").doubleValue() - x.get("y2010").doubleValue()) / 4;
		double oneYear = x.get("y2019").doubleValue() - x.get("y2018").doubleValue();
		assertThat(oneYear).as("2018 to 2019 is half the step of two years").isCloseTo(twoYears / 2,
				org.assertj.core.data.Offset.offset(1.0));
	}

	@Test
	void theChartTableSwitchWorksByKeyboardAndKeepsTheTableForScreenReaders() {
		this.driver.get("http://localhost:" + this.port + "/?lang=de");
		WebElement card = this.driver.findElement(By.id("video-licences"));
		WebElement canvasBox = card.findElement(By.cssSelector(".canvas-box"));
		WebElement table = card.findElement(By.cssSelector(".chart-table"));
		WebElement tableButton = card.findElement(By.cssSelector(".view-switch button[data-view=table]"));
		WebElement chartButton = card.findElement(By.cssSelector(".view-switch button[data-view=chart]"));
		assertThat(canvasBox.isDisplayed()).isTrue();
		assertThat(table.getRect().getWidth()).as("the table is hidden from the eye").isLessThanOrEqualTo(1);
		assertThat(table.getDomAttribute("aria-hidden")).as("but not from screen readers").isNull();
		assertThat(table.findElement(By.tagName("caption")).getDomProperty("textContent")).contains("Lizenzen");

		focusByTab(tableButton);
		this.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(tableButton.getDomAttribute("aria-pressed")).isEqualTo("true");
		assertThat(chartButton.getDomAttribute("aria-pressed")).isEqualTo("false");
		assertThat(canvasBox.isDisplayed()).isFalse();
		assertThat(table.getRect().getWidth()).isGreaterThan(200);

		this.driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
		assertThat(this.driver.switchTo().activeElement()).isEqualTo(chartButton);
		chartButton.sendKeys(Keys.SPACE);
		assertThat(canvasBox.isDisplayed()).isTrue();
		assertThat(chartButton.getDomAttribute("aria-pressed")).isEqualTo("true");
	}

	@Test
	void theChartsValuesAreReachableByKeyboardAndAnnounced() {
		this.driver.get("http://localhost:" + this.port + "/metrics/vpn-certificates?lang=de");
		WebElement canvas = this.driver.findElement(By.id("chart-vpn-certificates"));
		WebElement live = this.driver.findElement(By.id("chart-vpn-certificates-live"));
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "0".equals(canvas.getDomAttribute("tabindex")));
		assertThat(canvas.getDomAttribute("aria-describedby")).contains("chart-vpn-certificates-keys");
		// the first key reaches a picture: Chart.js comes, draws the chart and answers the key
		canvas.sendKeys(Keys.ARROW_RIGHT);
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> "2019: 24.300".equals(live.getDomProperty("textContent")));
		assertThat(canvas.getDomAttribute("data-drawn")).isEqualTo("chart");
		canvas.sendKeys(Keys.END);
		assertThat(live.getDomProperty("textContent")).isEqualTo("2020: 62.700");
		Object tooltip = ((JavascriptExecutor) this.driver).executeScript(
				"return Chart.getChart(arguments[0]).tooltip.getActiveElements().length;", canvas);
		assertThat(((Number) tooltip).intValue()).as("the tooltip shows the value too").isEqualTo(1);
	}

	@Test
	void theOverviewsLinkAndButtonNamesAreUnique() {
		for (String language : List.of("de", "en")) {
			this.driver.get("http://localhost:" + this.port + "/?lang=" + language);
			@SuppressWarnings("unchecked")
			List<Map<String, String>> controls = (List<Map<String, String>>) ((JavascriptExecutor) this.driver)
				.executeScript("""
						return Array.from(document.querySelectorAll('main a[href], main button')).map(function (e) {
						  return { name: e.textContent.replace(/\\s+/g, ' ').trim(),
						           target: e.tagName === 'A' ? e.getAttribute('href') : e.tagName + Math.random() };
						});""");
			Map<String, Set<String>> targets = new HashMap<>();
			controls.forEach((c) -> targets.computeIfAbsent(c.get("name"), (n) -> new TreeSet<>()).add(c.get("target")));
			assertThat(controls).hasSizeGreaterThan(40);
			assertThat(targets).as("names that lead to different places (%s)", language)
				.allSatisfy((name, where) -> assertThat(where).as(name).hasSize(1));
		}
	}

	@Test
	void theOverviewHasFewLandmarksAndItsCardsSitUnderItsHeading() {
		this.driver.get("http://localhost:" + this.port + "/?lang=de");
		@SuppressWarnings("unchecked")
		List<String> landmarks = (List<String>) ((JavascriptExecutor) this.driver).executeScript("""
				const named = 'section[aria-labelledby], section[aria-label], [role=region]';
				return Array.from(document.querySelectorAll('header.site-header, nav, main, footer, ' + named))
				  .map(function (e) { return e.tagName + ' ' + (e.getAttribute('aria-label') || e.id || ''); });""");
		assertThat(landmarks).as("banner, two navigations, main, tiles, downloads, citation, footer")
			.hasSizeLessThanOrEqualTo(9);
		@SuppressWarnings("unchecked")
		List<String> headings = (List<String>) ((JavascriptExecutor) this.driver).executeScript("""
				return Array.from(document.querySelectorAll('main h1, main h2, main h3'))
				  .map(function (h) { return h.tagName + ' ' + h.textContent.trim(); });""");
		int all = headings.indexOf("H2 Alle Kennzahlen");
		assertThat(all).isPositive();
		assertThat(headings.subList(all + 1, all + 1 + this.snapshots.metrics().size()))
			.allSatisfy((h) -> assertThat(h).startsWith("H3 "));
	}

	@Test
	void darkModeKeepsItsContrastAndRedrawsTheCharts() {
		colourScheme("dark");
		for (String path : List.of("/?lang=de", "/metrics/video-licences?lang=en", "/metrics/employees?lang=de",
				"/releases?lang=de", "/login?lang=de")) {
			this.driver.get("http://localhost:" + this.port + path);
			if (!path.startsWith("/login") && !path.startsWith("/releases")) {
				Browser.drawAllCharts(this.driver);
			}
			JavascriptExecutor js = (JavascriptExecutor) this.driver;
			assertThat(js.executeScript("return getComputedStyle(document.body).backgroundColor;"))
				.as("dark mode is on").isEqualTo("rgb(18, 20, 23)");
			if (!path.startsWith("/login") && !path.startsWith("/releases")) {
				assertThat(js.executeScript("return Chart.defaults.color;")).as("chart text in the dark scheme")
					.isEqualTo("#ececec");
			}
			Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21aa", "best-practice"))
				.analyze(this.driver);
			assertThat(axe.getViolations()).as(path + ": " + axe.getViolations()).isEmpty();
			assertThat(axe.getPasses()).as("axe checked the contrast").anySatisfy(
					(rule) -> assertThat(rule.getId()).isEqualTo("color-contrast"));
		}
	}

	@Test
	void aDarkScreenPrintsItsChartsInThePapersColours() {
		colourScheme("dark");
		this.driver.get("http://localhost:" + this.port + "/metrics/employees?lang=de");
		JavascriptExecutor js = (JavascriptExecutor) this.driver;
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> "picture"
			.equals(js.executeScript("return document.getElementById('chart-employees').getAttribute('data-drawn');")));
		String blackPixels = """
				const canvas = document.getElementById('chart-employees');
				const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				let black = 0;
				for (let i = 0; i < data.length; i += 4) {
				  if (data[i + 3] > 200 && data[i] < 40 && data[i + 1] < 40 && data[i + 2] < 40) { black++; }
				}
				return black;""";
		long screen = ((Number) js.executeScript(blackPixels)).longValue();
		// the paper's picture is drawn beside the screen's: printing must not wait for it
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> {
			js.executeScript("window.dispatchEvent(new Event('beforeprint'));");
			return ((Number) js.executeScript(blackPixels)).longValue() > screen + 200;
		});
		js.executeScript("window.dispatchEvent(new Event('afterprint'));");
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> ((Number) js.executeScript(blackPixels)).longValue() <= screen);
	}

	private void focusByTab(WebElement target) {
		this.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (int i = 0; i < 80 && !this.driver.switchTo().activeElement().equals(target); i++) {
			this.driver.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		assertThat(this.driver.switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> measure() {
		return (Map<String, Object>) ((JavascriptExecutor) this.driver).executeScript(MEASURE);
	}

	private void colourScheme(String scheme) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

}
