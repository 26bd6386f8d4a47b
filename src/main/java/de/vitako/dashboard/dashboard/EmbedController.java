package de.vitako.dashboard.dashboard;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.UnknownMetricException;
import de.vitako.dashboard.figures.UnknownReleaseException;
import de.vitako.dashboard.shared.PublicUrl;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A metric's chart for other sites to frame: its title, the chart (its table without JavaScript), one line with
 * source, licence and the release it shows, and a link to the full page. Framing is allowed here only; the embed
 * sets no cookie and opens no session (its own security chain, a language from {@code lang} alone).
 */
@Controller
class EmbedController {

	private final FigureSnapshots snapshots;

	private final ChartBuilder charts;

	private final ReleaseLine line;

	private final PublicUrl publicUrl;

	EmbedController(FigureSnapshots snapshots, ChartBuilder charts, ReleaseLine line, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.snapshots = snapshots;
		this.charts = charts;
		this.line = line;
	}

	@GetMapping("/embed/metrics/{slug}")
	String embed(@PathVariable String slug, @RequestParam(required = false) String release,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String index, @RequestParam(required = false) String view, Model model,
			Locale locale, HttpServletResponse response) {
		String code = slug.replace('-', '_');
		FigureSnapshot snapshot = this.snapshots.snapshot(release);
		MetricData data = snapshot.metric(code).orElseThrow(() -> new UnknownMetricException(code));
		// the view the embedding page chose on the metric page: its years, index and table
		ChartRange range = ChartRange.of(data, from, to, index, view);
		ChartView chart = this.charts.full(data, range, locale);
		model.addAttribute("range", range);
		ReleaseCaching.apply(response, release != null);
		model.addAttribute("chart", chart);
		model.addAttribute("line", this.line.of(snapshot, chart.sources(locale), locale));
		var page = UriComponentsBuilder.fromUriString(this.publicUrl.base())
			.path("/metrics/{slug}")
			.queryParam("lang", locale.getLanguage());
		if (release != null) {
			page.queryParam("release", snapshot.revision());
		}
		DashboardController.withRange(page, range);
		model.addAttribute("fullPage", page.buildAndExpand(data.metric().slug()).toUriString());
		return "dashboard/embed";
	}

	/** A small page that fits the frame it was meant for. */
	@ExceptionHandler({ UnknownMetricException.class, UnknownReleaseException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView missing() {
		return new ModelAndView("dashboard/embed-missing", HttpStatus.NOT_FOUND);
	}

}
