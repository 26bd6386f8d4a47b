package de.vitako.dashboard.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.Citations;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureDiff;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.Release;
import de.vitako.dashboard.figures.ReleaseChanges;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.shared.ReleaseCaching;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public record of what was published when: every release with its notes and how many figures it changed,
 * and for each release its notes and what it changed against the one before, old and new.
 */
@Controller
class ReleaseController {

	private final FigureSnapshots snapshots;

	private final ReleaseChanges releaseChanges;

	private final PublishedReleases published;

	private final FigureFormatter format;

	private final Citations citations;

	private final PublicUrl publicUrl;

	ReleaseController(FigureSnapshots snapshots, ReleaseChanges releaseChanges, PublishedReleases published,
			FigureFormatter format, Citations citations, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.snapshots = snapshots;
		this.releaseChanges = releaseChanges;
		this.published = published;
		this.format = format;
		this.citations = citations;
	}

	@GetMapping("/releases")
	String releases(Model model, Locale locale) {
		model.addAttribute("next", this.published.announced()
			.map((next) -> new NextRelease(this.format.date(next.scheduledFor(), locale),
					this.format.time(next.scheduledFor())))
			.orElse(null));
		model.addAttribute("releases", this.published.releases()
			.stream()
			.map((r) -> new ReleaseSummary(r, this.format.date(r.publishedAt(), locale),
					this.releaseChanges.changeCount(r.number())))
			.toList());
		return "dashboard/releases";
	}

	/**
	 * A release's page: its notes and changes, and links to its pages and downloads. It never changes (it names
	 * no later release), so it is kept for a year and revalidated with its ETag.
	 */
	@GetMapping("/releases/{number}")
	String release(@PathVariable String number, Model model, Locale locale, WebRequest request,
			HttpServletResponse response) {
		int n = number.matches("\\d{1,9}") ? Integer.parseInt(number) : 0;
		FigureSnapshot release = this.published.release(n)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ReleaseCaching.apply(response, true);
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		if (request.checkNotModified("W/\"release-" + n + "-" + locale.getLanguage() + "\"")) {
			return null;
		}
		model.addAttribute("metrics", release.metrics().stream().map(MetricData::metric).toList());
		List<ChangeRow> changes = this.releaseChanges.changesIn(n).orElseThrow().stream().map((c) -> row(c, locale)).toList();
		model.addAttribute("release", release.release());
		model.addAttribute("publishedOn", this.format.date(release.release().publishedAt(), locale));
		model.addAttribute("changes", changes);
		model.addAttribute("citation", this.citations.of(release.release(),
				this.publicUrl.page().build().toUriString(), locale));
		return "dashboard/release";
	}

	private ChangeRow row(FigureDiff change, Locale locale) {
		MetricInfo metric = this.snapshots.anyMetricInfo(change.metric()).orElseThrow();
		String segment = metric.segment(change.segment()).map((s) -> s.label().in(locale)).orElse(change.segment());
		// a metric of one segment is named once ("Staff · 2010", not "Staff · Staff · 2010")
		String figure = metric.label().in(locale) + (metric.segments().size() == 1 ? "" : " · " + segment) + " · "
				+ change.year();
		return new ChangeRow(figure, change.kind().code(),
				value(change.published(), metric, locale), value(change.draft(), metric, locale),
				(change.draft() != null && change.draft().note(locale) != null) ? change.draft().note(locale) : "");
	}

	private String value(FigureContent content, MetricInfo metric, Locale locale) {
		return (content != null) ? this.format.spoken(content, metric.unit(), locale) : "–";
	}

	/** When the next release goes out, as the page writes it. */
	record NextRelease(String date, String time) {
	}

	/** A release, the day it went out, and how many figures it added, corrected or removed. */
	record ReleaseSummary(Release release, String publishedOn, int changes) {
	}

	/** One figure that a release changed, as the page shows it. */
	record ChangeRow(String figure, String kind, String before, String after, String note) {
	}

}
