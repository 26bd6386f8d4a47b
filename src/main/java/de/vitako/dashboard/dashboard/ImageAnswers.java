package de.vitako.dashboard.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.shared.CachedAnswers;
import de.vitako.dashboard.shared.CachedResponse;
import de.vitako.dashboard.shared.ReleaseCaching;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The chart images drawn so far (64 MB at most) and the pool that draws new ones. A kept image, and the refusal
 * while the pool is full (429 with {@code Retry-After}), are given before the security chain and MVC, as kept pages
 * are ({@link CachedAnswers}): a flood of image requests then costs about what one of pages does, and only an image
 * that can be drawn now reaches {@link ChartImageController}.
 */
@Component
class ImageAnswers implements CachedAnswers {

	/** Images that may wait for a drawing thread. */
	static final int WAITING = 8;

	/** Threads that draw: one per four cores, at least one. */
	static final int DRAWERS = Math.max(1, Runtime.getRuntime().availableProcessors() / 4);

	/** The metric images' paths, by the kind of image each draws. */
	private static final Map<String, PathPattern> KINDS = Map.of("png",
			PathPatternParser.defaultInstance.parse(ChartImageController.PNG_PATH), "svg",
			PathPatternParser.defaultInstance.parse(ChartImageController.SVG_PATH), "card",
			PathPatternParser.defaultInstance.parse(ChartImageController.CARD_PATH));

	private static final PathPattern SITE_CARD = PathPatternParser.defaultInstance
		.parse(ChartImageController.SITE_CARD_PATH);

	/** The answer while every drawing thread draws and every waiting place is taken, made once. */
	private static final CachedResponse BUSY = CachedResponse.incompressible(MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			"""
					{"type":"urn:vitako:problem:too-many-requests","title":"Busy","status":429,\
					"detail":"Too many images are being drawn; please try again in a moment."}"""
				.getBytes(StandardCharsets.UTF_8),
			null);

	/** Where images are drawn (package-private: a test fills it). */
	final ThreadPoolExecutor drawing = new ThreadPoolExecutor(DRAWERS, DRAWERS, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(WAITING), new CustomizableThreadFactory("chart-drawing-"));

	private final Cache<ImageKey, Image> drawn = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.<ImageKey, Image>weigher((key, image) -> image.answer().size())
		.build();

	private final FigureSnapshots snapshots;

	ImageAnswers(FigureSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** The image drawn for this key, if it is kept. */
	Optional<Image> kept(ImageKey key) {
		return Optional.ofNullable(this.drawn.getIfPresent(key));
	}

	/** Keeps a drawn image, ready to send: an SVG with its gzip form, a PNG as it is (it is compressed). */
	Image keep(ImageKey key, MediaType type, String fileName, byte[] bytes) {
		CachedResponse answer = MediaType.IMAGE_PNG.equals(type)
				? CachedResponse.incompressible(type.toString(), bytes, key.etag())
				: CachedResponse.of(type.toString(), bytes, key.etag());
		Image image = new Image(fileName, answer);
		this.drawn.put(key, image);
		return image;
	}

	/** Whether every drawing thread draws and every waiting place is taken. */
	boolean full() {
		return this.drawing.getActiveCount() >= DRAWERS && this.drawing.getQueue().remainingCapacity() == 0;
	}

	/** The headers of every image answer: how long it may be kept, and its file's name. */
	static void headers(HttpServletResponse response, boolean namedRelease, String fileName) {
		ReleaseCaching.apply(response, namedRelease);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(fileName).build().toString());
	}

	@Override
	public Optional<CachedResponse> cached(HttpServletRequest request, HttpServletResponse response) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		String kind = null;
		String slug = null;
		for (Map.Entry<String, PathPattern> candidate : KINDS.entrySet()) {
			PathPattern.PathMatchInfo match = candidate.getValue().matchAndExtract(path);
			if (match != null) {
				kind = candidate.getKey();
				slug = match.getUriVariables().get("slug");
			}
		}
		if (kind == null && !SITE_CARD.matches(path)) {
			return Optional.empty();
		}
		// anything the controller must explain (a bad width, language or release) is left to it
		ImageKey key;
		try {
			String release = request.getParameter(ReleaseCaching.PARAMETER);
			Optional<FigureSnapshot> snapshot = this.snapshots.findSnapshot(release);
			if (snapshot.isEmpty()) {
				return Optional.empty();
			}
			String language = ChartImageController.locale(request.getParameter("lang")).getLanguage();
			long revision = snapshot.get().revision();
			if (kind == null) {
				key = new ImageKey(revision, "", "overview", language, ChartImageController.CARD_WIDTH, "");
			}
			else {
				int width = "card".equals(kind) ? ChartImageController.CARD_WIDTH / 2
						: ChartImageController.width(request.getParameter("width"));
				String code = slug.replace('-', '_');
				Optional<MetricData> data = snapshot.get().metric(code);
				if (data.isEmpty()) {
					return Optional.empty();
				}
				key = new ImageKey(revision, code, kind, language, width,
						ChartImageController.range(data.get(), request.getParameter("from"), request.getParameter("to"),
								request.getParameter("index"), kind).key());
			}
		}
		catch (ImageRequestException ex) {
			return Optional.empty();
		}
		Image image = this.drawn.getIfPresent(key);
		if (image != null) {
			headers(response, request.getParameter(ReleaseCaching.PARAMETER) != null, image.fileName());
			return Optional.of(image.answer());
		}
		if (full()) {
			// refused at once, and cheaply, with the connection kept open (after a 503 Tomcat would close it)
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			return Optional.of(BUSY);
		}
		return Optional.empty();
	}

	@PreDestroy
	void stopDrawing() {
		this.drawing.shutdownNow();
	}

	/** What makes an image: the release, the metric (none for the overview's card), the kind, language and width. */
	/** @param view the chart's years and index ({@link ChartRange#key()}); empty for the whole chart */
	record ImageKey(long revision, String code, String kind, String language, int width, String view) {

		String etag() {
			return "W/\"img-" + Integer.toHexString(hashCode()) + "-" + this.revision + "\"";
		}

	}

	/** A drawn image, ready to send, with its file's name. */
	record Image(String fileName, CachedResponse answer) {
	}

}
