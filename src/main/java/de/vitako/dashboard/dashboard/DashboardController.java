package de.vitako.dashboard.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.figures.Citations;
import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.UnknownReleaseException;
import de.vitako.dashboard.shared.Preview;
import de.vitako.dashboard.shared.ReleaseCaching;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class DashboardController {

	/**
	 * The story at a glance: the growth of these figures from their first to their latest year (a metric and one
	 * of its segments, or a metric of one segment), and the total of a metric with a single year. The numbers
	 * are computed from the data shown; only the choice is made here.
	 */
	private static final List<Headline> HEADLINES = List.of(new Headline("video_licences", "municipal_administrations"),
			new Headline("video_licences", "schools"), new Headline("vpn_certificates", null),
			new Headline("employees", null), new Headline("devices_ordered", null));

	private final FigureCatalog catalog;

	private final ChartBuilder charts;

	private final GrowthTable growthTable;

	private final TileBuilder tiles;

	private final FigureFormatter format;

	private final Citations citations;

	DashboardController(FigureCatalog catalog, ChartBuilder charts, GrowthTable growthTable, TileBuilder tiles,
			FigureFormatter format, Citations citations) {
		this.format = format;
		this.citations = citations;
		this.catalog = catalog;
		this.charts = charts;
		this.growthTable = growthTable;
		this.tiles = tiles;
	}

	@GetMapping("/")
	String overview(@RequestParam(required = false) String release, Model model, Locale locale,
			HttpServletRequest request) {
		FigureSnapshot snapshot = snapshot(request, release, model, locale);
		model.addAttribute("tiles", HEADLINES.stream()
			.flatMap((h) -> snapshot.metric(h.metric()).flatMap((m) -> this.tiles.tile(m, h.segment(), locale)).stream())
			.toList());
		model.addAttribute("charts", snapshot.metrics().stream().map((m) -> this.charts.overview(m, locale)).toList());
		return "dashboard/overview";
	}

	@GetMapping("/metrics/{slug}")
	Object metric(@PathVariable String slug, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String release, Model model,
			Locale locale, HttpServletRequest request) {
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
		String code = slug.replace('-', '_');
		FigureSnapshot snapshot = snapshot(request, release, model, locale);
		MetricData data = snapshot.metric(code).orElseThrow(() -> new UnknownMetricException(code));
		model.addAttribute("chart", this.charts.full(data, locale));
		model.addAttribute("growth", this.growthTable.build(data, from, to, locale));
		return "dashboard/metric";
	}

	/**
	 * The figures the page shows: the draft in the preview, else the release asked for or the latest. A page of a
	 * named release says so, with its date and a link to the current page. It does not name the
	 * current release: its bytes never change, whatever is published later.
	 */
	private FigureSnapshot snapshot(HttpServletRequest request, String release, Model model, Locale locale) {
		if (Preview.of(request)) {
			model.addAttribute("preview", true);
			return this.catalog.draft();
		}
		FigureSnapshot snapshot = this.catalog.snapshot(release);
		String permanent = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(ReleaseCaching.PARAMETER, snapshot.revision())
			.build()
			.toUriString();
		model.addAttribute("citation", this.citations.of(snapshot.release(), permanent, locale));
		if (release != null) {
			model.addAttribute("namedRelease", snapshot.release());
			model.addAttribute("namedReleaseDate", this.format.date(snapshot.release().publishedAt(), locale));
		}
		return snapshot;
	}

	@ExceptionHandler({ UnknownMetricException.class, UnknownReleaseException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView unknownMetric() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/** A headline tile's figure: a metric, and the segment whose growth it shows ({@code null}: its only one). */
	private record Headline(String metric, String segment) {
	}

}
