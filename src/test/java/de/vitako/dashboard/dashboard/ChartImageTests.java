package de.vitako.dashboard.dashboard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Charts as images to publish: PNG at twice the pixels and SVG, with title, subtitle, source, licence and release;
 * the link-preview cards; bounded sizes; errors as problems or pages, as the client asks.
 */
@IntegrationTest
class ChartImageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	FigureFormatter format;

	@Autowired
	ImageAnswers images;

	@Test
	void drawsAPngAtTwiceTheCssPixelsInThePagesColours() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/metrics/employees.png").exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("inline; filename=\"vitako-employees.png\"");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo(900);
		// the page's first colour, as the canvas draws it
		assertThat(pixels(image, 0x0072B2)).isGreaterThan(500);
		BufferedImage narrow = png("/metrics/employees.png?width=400&lang=en");
		assertThat(narrow.getWidth()).isEqualTo(800);
		assertThat(narrow.getHeight()).isEqualTo(450);
	}

	@Test
	void drawsAnSvgThatReadsOnItsOwn() throws Exception {
		MetricData employees = this.snapshots.snapshot().metric("employees").orElseThrow();
		Document svg = svg("/metrics/employees.svg?lang=en");
		Element root = svg.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 800 450");
		// fonts a viewer knows: no Java font names
		assertThat(new String(this.mvc.get().uri("/metrics/employees.svg?lang=en").exchange().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8)).doesNotContain("Dialog")
			.contains("font-family=\"sans-serif\"");
		assertThat(root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
			.isEqualTo(employees.metric().label().en());
		String text = root.getTextContent();
		int first = employees.years().get(0);
		int last = employees.years().get(employees.years().size() - 1);
		assertThat(text).contains(employees.metric().label().en())
			.contains(first + "\u2013" + last)
			.contains("Source: ")
			.contains("Licence: Datenlizenz Deutschland")
			// kept on one line: the image's footer breaks at spaces, not inside "release 1 of 6 Dec 2026"
			.contains("As\u00a0of\u00a0release\u00a0" + this.snapshots.snapshot().revision() + "\u00a0of\u00a0");
		// the figures as the page writes them
		FigureValue latest = employees.figures().get(employees.figures().size() - 1);
		assertThat(text).contains(this.format.value(latest.value(), employees.metric().unit(), Locale.ENGLISH));
		String german = svg("/metrics/employees.svg").getDocumentElement().getTextContent();
		assertThat(german).contains("Quelle: ")
			.contains("Lizenz: ")
			.contains(this.format.value(latest.value(), employees.metric().unit(), Locale.GERMAN));
	}

	@Test
	void writesPercentagesAsThePageDoes() throws Exception {
		MetricData share = this.snapshots.snapshot().metric("workplace_device_share").orElseThrow();
		String text = svg("/metrics/workplace-device-share.svg").getDocumentElement().getTextContent();
		FigureValue figure = share.figures().get(0);
		assertThat(this.format.value(figure.value(), share.metric().unit(), Locale.GERMAN)).endsWith("\u00a0%");
		assertThat(text).contains(this.format.value(figure.value(), share.metric().unit(), Locale.GERMAN));
	}

	/** A label is text in the SVG, whatever it holds: no markup of it survives as markup. */
	@Test
	void writesHostileLabelsAsText() throws Exception {
		String hostile = "Evil</text><script>alert(1)</script>&amp;<![CDATA[x]]>";
		ChartConfig config = new ChartConfig("bar", false, false, "count", "de-DE", hostile, List.of(hostile, "b"),
				List.of(ChartConfig.Dataset.coloured(hostile, List.of(BigDecimal.ONE, BigDecimal.TEN), "#0072B2",
						Arrays.asList(null, hostile))));
		byte[] svg = new ChartImages(this.format).svg(config,
				new ChartImages.Caption(hostile, hostile, hostile + " footer", hostile), 800, 450);
		Document document = parse(svg);
		assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
		assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
			.isEqualTo(hostile);
		assertThat(document.getDocumentElement().getTextContent()).contains(hostile + " footer");
	}

	@Test
	void drawsLinkPreviewCardsOf1200By630() throws IOException {
		for (String uri : new String[] { "/metrics/devices-ordered/card.png", "/card.png", "/card.png?lang=en" }) {
			BufferedImage card = png(uri);
			assertThat(card.getWidth()).as(uri).isEqualTo(1200);
			assertThat(card.getHeight()).as(uri).isEqualTo(630);
			assertThat(pixels(card, 0x0072B2)).as(uri).isGreaterThan(1000);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/metrics/employees.png?width=100000", "/metrics/employees.png?width=319",
			"/metrics/employees.svg?width=1201", "/metrics/employees.png?width=abc", "/metrics/employees.png?width=-800",
			"/metrics/employees.png?lang=fr", "/metrics/employees.gif", "/metrics/employees.jpeg?width=800" })
	void refusesABadSizeFormatOrLanguageWithAProblem(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT, "application/json").exchange();
		assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
		// a browser gets a page
		MvcTestResult page = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT, "text/html").exchange();
		assertThat(page).hasStatus(400);
		assertThat(page.getResponse().getContentType()).startsWith("text/html");
	}

	@ParameterizedTest
	@CsvSource({ "/metrics/no-such-metric.png", "/metrics/no-such-metric.svg", "/metrics/employees.png?release=999",
			"/metrics/no-such-metric/card.png", "/card.png?release=999" })
	void answersAnUnknownMetricOrReleaseWith404AsAskedFor(String uri) {
		MvcTestResult problem = this.mvc.get().uri(uri).header(HttpHeaders.ACCEPT, "image/*,*/*;q=0.8").exchange();
		assertThat(problem).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult page = this.mvc.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
			.exchange();
		assertThat(page).hasStatus(404);
		assertThat(page.getResponse().getContentType()).startsWith("text/html");
	}

	@Test
	void keepsANamedReleasesImageForAYearAndRevalidatesTheLatest() {
		long release = this.snapshots.snapshot().revision();
		MvcTestResult named = this.mvc.get().uri("/metrics/employees.svg?release=" + release).exchange();
		assertThat(named).hasStatusOk().hasContentType("image/svg+xml");
		assertThat(named.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("immutable");
		MvcTestResult latest = this.mvc.get().uri("/metrics/employees.svg").exchange();
		assertThat(latest).hasHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		String etag = latest.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(this.mvc.get().uri("/metrics/employees.svg").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(304);
		// another size is another image
		assertThat(this.mvc.get()
			.uri("/metrics/employees.svg?width=1000")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()).hasStatusOk();
	}

	/**
	 * While every drawing thread draws and eight images wait, one more is refused at once; a drawn one is still
	 * served, and a waiting one is drawn when its turn comes.
	 */
	@Test
	void refusesToDrawMoreImagesThanItsThreadsAndEightWaiting() throws InterruptedException {
		assertThat(this.mvc.get().uri("/metrics/employees.png?width=500").exchange()).hasStatusOk();
		CountDownLatch hold = new CountDownLatch(1);
		CountDownLatch drawing = new CountDownLatch(ImageAnswers.DRAWERS);
		try {
			// every drawing thread taken, then every waiting place
			for (int i = 0; i < ImageAnswers.DRAWERS; i++) {
				this.images.drawing.execute(() -> {
					drawing.countDown();
					await(hold);
				});
			}
			assertThat(drawing.await(30, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < ImageAnswers.WAITING; i++) {
				this.images.drawing.execute(() -> await(hold));
			}
			MvcTestResult busy = this.mvc.get().uri("/metrics/employees.png?width=501").exchange();
			assertThat(busy).hasStatus(429).hasHeader(HttpHeaders.RETRY_AFTER, "1")
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(this.mvc.get().uri("/metrics/employees.png?width=500").exchange()).hasStatusOk();
		}
		finally {
			hold.countDown();
		}
		// the held tasks end when they are let go: once one has, the pool has room again
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.images.full()) {
			assertThat(System.nanoTime()).as("the pool has room again").isLessThan(deadline);
			Thread.sleep(10);
		}
		assertThat(this.mvc.get().uri("/metrics/employees.png?width=501").exchange()).hasStatusOk();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void setsNoCookieAndLetsOtherSitesUseTheImage() {
		MvcTestResult result = this.mvc.get()
			.uri("/metrics/employees.png?lang=en")
			.header(HttpHeaders.ORIGIN, "https://zeitung.example")
			.exchange();
		assertThat(result).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result).hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void theMetricPageOffersTheImagesAndNamesTheCardForLinkPreviews() throws IOException {
		MvcTestResult page = this.mvc.get().uri("/metrics/employees?lang=en").exchange();
		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("href=\"/metrics/employees.png?lang=en\"")
			.contains("href=\"/metrics/employees.svg?lang=en\"")
			.containsPattern("<meta property=\"og:image\" content=\"http://[^\"]+/metrics/employees/card.png\\?lang=en\">")
			.contains("<meta property=\"og:image:width\" content=\"1200\">")
			.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">");
		String overview = this.mvc.get().uri("/?lang=de").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(overview).containsPattern("<meta property=\"og:image\" content=\"http://[^\"]+/card.png\\?lang=de\">");
	}

	private BufferedImage png(String uri) throws IOException {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		return ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private Document svg(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return parse(result.getResponse().getContentAsByteArray());
	}

	private static Document parse(byte[] svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
	}

	private static int pixels(BufferedImage image, int rgb) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
					count++;
				}
			}
		}
		return count;
	}

}
