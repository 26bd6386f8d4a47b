package de.vitako.dashboard.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.figures.Citations;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.SourceInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.UnknownReleaseException;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.shared.ReleaseCaching;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public pages of the figures: the overview with its headline tiles and charts, and each metric's page with
 * its chart, table, growth and sources, of the figures the request is shown.
 */
@Controller
class DashboardController {

	/** A metric's page; also what the page cache recognises ({@link PublicPageCache}). */
	static final String METRIC_PAGE = "/metrics/{slug}";


	private final FigureSnapshots snapshots;

	private final ChartBuilder charts;

	private final GrowthTable growthTable;

	private final TileBuilder tiles;

	private final FigureFormatter format;

	private final Citations citations;

	private final Messages messages;

	private final DatasetDescription datasets;

	private final PublicUrl publicUrl;

	DashboardController(FigureSnapshots snapshots, ChartBuilder charts, GrowthTable growthTable, TileBuilder tiles,
			FigureFormatter format, Citations citations, MessageSource messages,
			DatasetDescription datasets, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.datasets = datasets;
		this.format = format;
		this.citations = citations;
		this.messages = new Messages(messages);
		this.snapshots = snapshots;
		this.charts = charts;
		this.growthTable = growthTable;
		this.tiles = tiles;
	}

	@GetMapping("/")
	String overview(FigureSnapshot snapshot, Model model, Locale locale, HttpServletRequest request) {
		showRelease(snapshot, request, model, locale);
		// the story at a glance: the tiles the catalogue chose, their numbers computed from the data shown
		model.addAttribute("tiles", snapshot.headlines()
			.stream()
			.flatMap((h) -> snapshot.metric(h.metric())
				.flatMap((m) -> this.tiles.tile(m, h.segment(), h.text(), locale))
				.stream())
			.toList());
		model.addAttribute("charts", snapshot.metrics().stream().map((m) -> this.charts.overview(m, locale)).toList());
		describe(snapshot, null, false, this.messages.get("site.subtitle", locale),
				this.messages.get("site.description", locale), model, locale);
		return "dashboard/overview";
	}

	@GetMapping(METRIC_PAGE)
	Object metric(@PathVariable String slug, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String index,
			@RequestParam(required = false) String view, FigureSnapshot snapshot, Model model, Locale locale,
			HttpServletRequest request) {
		if (slug.contains("_")) {
			String target = UriComponentsBuilder.fromPath("/metrics/{slug}")
				.query(request.getQueryString())
				.buildAndExpand(slug.replace('_', '-'))
				.toUriString();
			RedirectView redirect = new RedirectView(target, true);
			redirect.setExpandUriTemplateVariables(false);
			redirect.setExposeModelAttributes(false);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		if (slug.indexOf('.') >= 0) {
			// a metric's chart in a format there is none of: /metrics/employees.gif
			throw new ImageRequestException(ProblemType.BAD_PARAMETER, "Unsupported format",
					"Charts are drawn as .png and .svg only, such as /metrics/employees.png.");
		}
		String code = slug.replace('-', '_');
		showRelease(snapshot, request, model, locale);
		MetricData data = snapshot.metric(code).orElseThrow(() -> new UnknownMetricException(code));
		// the view a reader chose travels in the URL, the embed code and the image links
		ChartRange range = ChartRange.of(data, from, to, index, view);
		ChartView chart = this.charts.full(data, range, locale);
		model.addAttribute("chart", chart);
		model.addAttribute("range", range);
		model.addAttribute("indexable", data.metric().unit() != Unit.PERCENT && data.years().size() > 1);
		String description = data.metric().description().in(locale);
		if (!description.isBlank()) {
			model.addAttribute("pageDescription", description);
		}
		describe(snapshot, data, chart.drawable(), data.metric().label().in(locale),
				description.isBlank() ? this.messages.get("site.description", locale) : description, model, locale);
		model.addAttribute("sourceDetails", sourceDetails(snapshot, locale));
		// the code another site pastes to show this chart: sized by CSS alone, so the host page needs no script
		UriComponentsBuilder embedUrl = UriComponentsBuilder.fromUriString(this.publicUrl.base())
			.path("/embed/metrics/{slug}")
			.queryParam("lang", locale.getLanguage());
		String embed = withRange(embedUrl, range).buildAndExpand(data.metric().slug()).toUriString();
		// the images of the view shown: its years and its index
		ChartRange drawn = new ChartRange(range.from(), range.to(), range.indexed(), false);
		Map<String, String> images = new LinkedHashMap<>();
		for (String type : List.of("png", "svg")) {
			UriComponentsBuilder image = UriComponentsBuilder.fromPath("/metrics/{slug}.{type}")
				.queryParam("lang", locale.getLanguage());
			if (!snapshot.isDraft() && request.getParameter("release") != null) {
				image.queryParam("release", snapshot.revision());
			}
			images.put(type, withRange(image, drawn).buildAndExpand(data.metric().slug(), type).toUriString());
		}
		model.addAttribute("imageLinks", images);
		model.addAttribute("embedCode", "<iframe src=\"" + HtmlUtils.htmlEscape(embed) + "\" title=\""
				+ HtmlUtils.htmlEscape(data.metric().label().in(locale)) + "\" loading=\"lazy\" "
				+ "style=\"width:100%;aspect-ratio:4/3;border:0\"></iframe>");
		model.addAttribute("growth", this.growthTable.build(data, from, to, locale));
		return "dashboard/metric";
	}

	/** A link with the view a reader chose: its years, the index, the table. */
	static UriComponentsBuilder withRange(UriComponentsBuilder link, ChartRange range) {
		if (range.from() != null) {
			link.queryParam("from", range.from());
		}
		if (range.to() != null) {
			link.queryParam("to", range.to());
		}
		if (range.indexed()) {
			link.queryParam("index", 1);
		}
		if (range.table()) {
			link.queryParam("view", "table");
		}
		return link;
	}

	/**
	 * What a page says of itself to link previews (Open Graph) and dataset search (schema.org JSON-LD); not in the
	 * preview, which no one outside the team sees.
	 * @param drawn whether the metric has a chart (its card is then the preview's picture)
	 */
	private void describe(FigureSnapshot snapshot, MetricData metric, boolean drawn, String name, String description,
			Model model, Locale locale) {
		if (snapshot.release() == null) {
			return;
		}
		String base = this.publicUrl.base();
		UriComponentsBuilder page = this.publicUrl.page();
		if (snapshot.revision() != this.snapshots.knownRelease()) {
			page.queryParam("release", snapshot.revision());
		}
		String url = page.queryParam("lang", locale.getLanguage()).build().toUriString();
		// a link preview's picture: the metric's chart, or the headline figures (the overview, a metric without one)
		UriComponentsBuilder image = UriComponentsBuilder.fromUriString(base)
			.path(drawn ? "/metrics/" + metric.metric().slug() + "/card.png" : "/card.png");
		if (snapshot.revision() != this.snapshots.knownRelease()) {
			image.queryParam("release", snapshot.revision());
		}
		model.addAttribute("ogImage", image.queryParam("lang", locale.getLanguage()).build().toUriString());
		model.addAttribute("ogImageAlt", drawn ? this.messages.get("image.alt", locale, name)
				: this.messages.get("image.overviewAlt", locale));
		model.addAttribute("ogTitle", name);
		model.addAttribute("ogDescription", description);
		model.addAttribute("ogUrl", url);
		model.addAttribute("jsonLd", this.datasets.of(snapshot, metric, name, description, url, base, locale));
	}

	/**
	 * What the registry knows of each source the release names, as one line: "Herausgeber: Vitako · erschienen
	 * am 01.03.2021 · Lizenz: …"; sources with nothing but their title have none.
	 */
	private Map<String, SourceLine> sourceDetails(FigureSnapshot snapshot, Locale locale) {
		Map<String, SourceLine> lines = new HashMap<>();
		for (SourceInfo source : snapshot.sources().values()) {
			List<String> parts = new ArrayList<>();
			if (source.publisher() != null) {
				parts.add(this.messages.get("source.details.publisher", locale, source.publisher()));
			}
			if (source.publishedOn() != null) {
				parts.add(this.messages.get("source.details.publishedOn", locale,
						this.format.date(source.publishedOn(), locale)));
			}
			if (source.licence() != null) {
				parts.add(this.messages.get("source.details.licence", locale, source.licence()));
			}
			if (!parts.isEmpty() || source.url() != null) {
				lines.put(source.title(), new SourceLine(String.join(" · ", parts), source.url()));
			}
		}
		return lines;
	}

	/** A source's details as one line, and where to read it ({@code null}: not known). */
	public record SourceLine(String details, String url) {
	}

	/**
	 * Which figures the page shows (the draft in the preview, else the release asked for or the latest), and how to
	 * cite them. A page of a named release says so, with its date and a link to the current page. It does not name
	 * the current release: its bytes never change, whatever is published later.
	 */
	private void showRelease(FigureSnapshot snapshot, HttpServletRequest request, Model model, Locale locale) {
		if (snapshot.isDraft()) {
			model.addAttribute("preview", true);
			return;
		}
		String permanent = this.publicUrl.page()
			.query(request.getQueryString())
			.replaceQueryParam(ReleaseCaching.PARAMETER, snapshot.revision())
			.build()
			.toUriString();
		model.addAttribute("citation", this.citations.of(snapshot.release(), permanent, locale));
		if (request.getParameter(ReleaseCaching.PARAMETER) != null) {
			model.addAttribute("namedRelease", snapshot.release());
			model.addAttribute("namedReleaseDate", this.format.date(snapshot.release().publishedAt(), locale));
		}
	}

	@ExceptionHandler({ UnknownMetricException.class, UnknownReleaseException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView unknownMetric() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

}
