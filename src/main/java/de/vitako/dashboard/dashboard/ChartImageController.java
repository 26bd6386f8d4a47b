package de.vitako.dashboard.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.dashboard.ChartImages.Caption;
import de.vitako.dashboard.dashboard.ImageAnswers.Image;
import de.vitako.dashboard.dashboard.ImageAnswers.ImageKey;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.ProblemType;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * A chart as an image to publish, at stable URLs: {@code /metrics/{slug}.png} (twice the pixels, for sharp print
 * and screens) and {@code .svg}, in {@code lang=de|en}, of the latest release or a named one, {@code width} CSS
 * pixels wide (320 to 1200, 800 unless asked); and the link-preview cards of 1200 × 630 pixels:
 * {@code /metrics/{slug}/card.png}, and {@code /card.png} with the headline figures.
 * <p>
 * Drawing is bounded and kept apart from what pages need: the size is checked before anything is drawn; an image
 * is drawn on a pool of its own ({@link ImageAnswers}: a thread per four cores, eight images waiting), while its
 * request waits without a worker (an asynchronous answer); a kept image, and the refusal while the pool is full
 * (429), are given before the security chain and MVC. A drawing not done within {@code DRAW_TIMEOUT} is answered
 * with 503. A drawing thread rests as long as it drew, so drawing takes at most half a core per thread. So a flood
 * of image requests takes neither the workers, nor the processor, nor the heap that pages need. Each image is drawn
 * once per release and kept (64 MB at most).
 */
@Controller
class ChartImageController {

	/** A metric's chart as PNG; this and the other paths are also what {@link ImageAnswers} recognises. */
	static final String PNG_PATH = "/metrics/{slug}.png";

	/** A metric's chart as SVG. */
	static final String SVG_PATH = "/metrics/{slug}.svg";

	/** A metric's card for link previews. */
	static final String CARD_PATH = "/metrics/{slug}/card.png";

	/** The site's card for link previews. */
	static final String SITE_CARD_PATH = "/card.png";


	static final int MIN_WIDTH = 320;

	/** At twice the pixels, 2,400 wide: enough for print (8 inches at 300 dpi); the SVG scales without end. */
	static final int MAX_WIDTH = 1200;

	/** No image is taller than it may be wide: at most 2,400 × 2,400 pixels, 23 MB while it is drawn. */
	static final int MAX_HEIGHT = MAX_WIDTH;

	static final int DEFAULT_WIDTH = 800;

	static final int CARD_WIDTH = 1200;

	static final int CARD_HEIGHT = 630;

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private final FigureSnapshots snapshots;

	private final ChartBuilder charts;

	private final ChartImages images;

	private final HeadlineCard headlines;

	private final ReleaseLine line;

	private final Messages messages;

	static final Duration DRAW_TIMEOUT = Duration.ofSeconds(10);

	private final ImageAnswers answers;

	ChartImageController(FigureSnapshots snapshots, ChartBuilder charts, ChartImages images, HeadlineCard headlines,
			ReleaseLine line, MessageSource messages, ImageAnswers answers) {
		this.answers = answers;
		this.snapshots = snapshots;
		this.charts = charts;
		this.images = images;
		this.headlines = headlines;
		this.line = line;
		this.messages = new Messages(messages);
	}

	@GetMapping(PNG_PATH)
	CompletableFuture<ResponseEntity<byte[]>> png(@PathVariable String slug, @RequestParam(required = false) String width,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String release,
			WebRequest request, HttpServletResponse response) {
		return chart(slug, "png", width(width), lang, release, request, response);
	}

	@GetMapping(SVG_PATH)
	CompletableFuture<ResponseEntity<byte[]>> svg(@PathVariable String slug, @RequestParam(required = false) String width,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String release,
			WebRequest request, HttpServletResponse response) {
		return chart(slug, "svg", width(width), lang, release, request, response);
	}

	@GetMapping(CARD_PATH)
	CompletableFuture<ResponseEntity<byte[]>> card(@PathVariable String slug, @RequestParam(required = false) String lang,
			@RequestParam(required = false) String release, WebRequest request, HttpServletResponse response) {
		return chart(slug, "card", CARD_WIDTH / 2, lang, release, request, response);
	}

	@GetMapping(SITE_CARD_PATH)
	CompletableFuture<ResponseEntity<byte[]>> overviewCard(@RequestParam(required = false) String lang,
			@RequestParam(required = false) String release, WebRequest request, HttpServletResponse response) {
		Locale locale = locale(lang);
		FigureSnapshot snapshot = this.snapshots.snapshot(release);
		ImageKey key = new ImageKey(snapshot.revision(), "", "overview", locale.getLanguage(), CARD_WIDTH, "");
		return answer(key, release != null, MediaType.IMAGE_PNG, "vitako-kennzahlen.png", request, response,
				() -> this.headlines.png(snapshot, this.line.forImage(snapshot, List.of(), locale), locale));
	}

	private CompletableFuture<ResponseEntity<byte[]>> chart(String slug, String kind, int width, String lang, String release,
			WebRequest request, HttpServletResponse response) {
		Locale locale = locale(lang);
		String code = slug.replace('-', '_');
		FigureSnapshot snapshot = this.snapshots.snapshot(release);
		MetricData data = snapshot.metric(code).orElseThrow(() -> new UnknownMetricException(code));
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		ChartRange range = range(data, servletRequest.getParameter("from"), servletRequest.getParameter("to"),
				servletRequest.getParameter("index"), kind);
		ImageKey key = new ImageKey(snapshot.revision(), code, kind, locale.getLanguage(), width, range.key());
		boolean svg = "svg".equals(kind);
		String fileName = "vitako-" + data.metric().slug() + ("card".equals(kind) ? "-vorschau" : "")
				+ (svg ? ".svg" : ".png");
		return answer(key, release != null, svg ? SVG : MediaType.IMAGE_PNG, fileName, request, response, () -> {
			ChartView chart = this.charts.full(data, range, locale);
			if (!chart.drawable()) {
				throw new ImageRequestException(ProblemType.NO_FIGURES, "No chart",
						"This metric has no chart to draw: " + chart.notice());
			}
			// the signs of flagged values explained under the source line, as under the page's table
			String legend = chart.flags()
				.stream()
				.map((flag) -> flag.sign(locale) + " " + flag.label(locale))
				.collect(Collectors.joining(" · "));
			String footer = this.line.forImage(snapshot, chart.sources(locale), locale);
			Caption caption = new Caption(chart.title(), subtitle(data, range, locale),
					legend.isEmpty() ? footer : footer + "\n" + legend, chart.summary());
			int height = height(chart.config(), width);
			return switch (kind) {
				case "svg" -> this.images.svg(chart.config(), caption, width, height);
				case "card" -> this.images.png(chart.config(), caption, width, CARD_HEIGHT / 2, 2);
				default -> this.images.png(chart.config(), caption, width, height, 2);
			};
		});
	}

	private CompletableFuture<ResponseEntity<byte[]>> answer(ImageKey key, boolean namedRelease, MediaType type,
			String fileName, WebRequest request, HttpServletResponse response, Supplier<byte[]> draw) {
		ImageAnswers.headers(response, namedRelease, fileName);
		if (request.checkNotModified(key.etag())) {
			return null;
		}
		Optional<Image> kept = this.answers.kept(key);
		CompletableFuture<Image> image = kept.isPresent() ? CompletableFuture.completedFuture(kept.get())
				: drawApart(() -> this.answers.keep(key, type, fileName, draw.get()));
		if (image == null) {
			throw new ImageRequestException(ProblemType.TOO_MANY_REQUESTS, "Busy",
					"Too many images are being drawn; please try again in a moment.");
		}
		return image.thenApply((drawn) -> ResponseEntity.ok()
			.contentType(type)
			.eTag(key.etag())
			.body(drawn.answer().body()));
	}

	/**
	 * Draws on the drawing pool; {@code null} when it is full (a request that came through while it filled up).
	 * 503 when a drawing takes too long. After a drawing, its thread rests as long as it drew, once the image is
	 * answered.
	 */
	private CompletableFuture<Image> drawApart(Supplier<Image> draw) {
		CompletableFuture<Image> image = new CompletableFuture<>();
		try {
			this.answers.drawing.execute(() -> {
				long start = System.nanoTime();
				try {
					image.complete(draw.get());
				}
				catch (RuntimeException ex) {
					image.completeExceptionally(ex);
				}
				rest(Duration.ofNanos(System.nanoTime() - start));
			});
		}
		catch (RejectedExecutionException ex) {
			return null;
		}
		return image.orTimeout(DRAW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).exceptionally((failure) -> {
			Throwable cause = (failure instanceof CompletionException && failure.getCause() != null)
					? failure.getCause() : failure;
			if (cause instanceof TimeoutException) {
				throw busy();
			}
			throw (cause instanceof RuntimeException runtime) ? runtime : new CompletionException(cause);
		});
	}

	private static void rest(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ImageRequestException busy() {
		return new ImageRequestException(ProblemType.BUSY, "Busy",
				"Too many images are being drawn; please try again in a moment.");
	}

	/** Unit and years: "Anzahl, 2010–2020". */
	/** The view an image draws: the page's years and index; the link preview card always the whole chart. */
	static ChartRange range(MetricData data, String from, String to, String index, String kind) {
		return "card".equals(kind) ? ChartRange.ALL : ChartRange.of(data, from, to, index, null);
	}

	private String subtitle(MetricData data, ChartRange range, Locale locale) {
		List<Integer> years = range.years(data);
		String unit = range.indexed() ? this.messages.get("chart.index", locale, String.valueOf(years.get(0)))
				: this.messages.get("unit." + data.metric().unit().code(), locale);
		String span = years.isEmpty() ? "" : (years.size() == 1) ? String.valueOf(years.get(0))
				: years.get(0) + "\u2013" + years.get(years.size() - 1);
		return StringUtils.capitalize(this.messages.get("image.subtitle", locale, unit, span));
	}

	/** Wide enough for a doughnut and its legend, or for a bar per category with room for its label. */
	static int height(ChartConfig config, int width) {
		if ("doughnut".equals(config.type())) {
			return width * 3 / 4;
		}
		if (config.horizontal()) {
			int bars = config.labels().size() * Math.max(1, config.stacked() ? 1 : config.datasets().size());
			return Math.min(MAX_HEIGHT, Math.max(width * 9 / 16, 170 + bars * 28));
		}
		return width * 9 / 16;
	}

	static int width(String width) {
		if (width == null) {
			return DEFAULT_WIDTH;
		}
		if (!width.matches("\\d{3,4}") || Integer.parseInt(width) < MIN_WIDTH || Integer.parseInt(width) > MAX_WIDTH) {
			throw new ImageRequestException(ProblemType.BAD_PARAMETER, "Bad width",
					"width must be a whole number of CSS pixels from " + MIN_WIDTH + " to " + MAX_WIDTH
							+ "; the PNG has twice as many pixels.");
		}
		return Integer.parseInt(width);
	}

	static Locale locale(String lang) {
		if (lang == null || "de".equals(lang)) {
			return Locale.GERMAN;
		}
		if ("en".equals(lang)) {
			return Locale.ENGLISH;
		}
		throw new ImageRequestException(ProblemType.BAD_PARAMETER, "Bad language", "lang must be de or en.");
	}

}
