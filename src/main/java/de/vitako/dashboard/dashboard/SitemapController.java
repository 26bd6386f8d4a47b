package de.vitako.dashboard.dashboard;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.Release;
import de.vitako.dashboard.shared.PublicUrl;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read first: {@code robots.txt}, which keeps them out of the admin area (and its preview)
 * and the login, and {@code sitemap.xml}, every public page in German and English with the date of the release it
 * shows.
 */
@Controller
class SitemapController {

	/** The pages that do not depend on the catalogue. */
	private static final List<String> PAGES = List.of("/", "/releases", "/impressum", "/datenschutz",
			"/barrierefreiheit");

	private final FigureSnapshots snapshots;

	private final PublishedReleases published;

	private final PublicUrl publicUrl;

	SitemapController(FigureSnapshots snapshots, PublishedReleases published, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.snapshots = snapshots;
		this.published = published;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String base = this.publicUrl.base();
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body("""
				User-agent: *
				Disallow: /admin/
				Disallow: /login
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(base));
	}

	/** Every public page in both languages, each with its other language as an alternate, dated by its release. */
	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		String base = this.publicUrl.base();
		FigureSnapshot latest = this.snapshots.snapshot();
		String lastmod = date(latest);
		List<String[]> pages = new ArrayList<>();
		PAGES.forEach((path) -> pages.add(new String[] { path, lastmod }));
		for (MetricData metric : latest.metrics()) {
			if (!metric.figures().isEmpty()) {
				pages.add(new String[] { "/metrics/" + metric.metric().slug(), lastmod });
			}
		}
		for (Release release : this.published.releases()) {
			pages.add(new String[] { "/releases/" + release.number(),
					DateTimeFormatter.ISO_LOCAL_DATE.format(release.publishedAt().atOffset(ZoneOffset.UTC)) });
		}
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
				""");
		for (String[] page : pages) {
			for (String language : List.of("de", "en")) {
				xml.append("  <url>\n    <loc>").append(escape(url(base, page[0], language))).append("</loc>\n");
				if (page[1] != null) {
					xml.append("    <lastmod>").append(page[1]).append("</lastmod>\n");
				}
				for (String alternate : List.of("de", "en")) {
					xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
						.append(alternate)
						.append("\" href=\"")
						.append(escape(url(base, page[0], alternate)))
						.append("\"/>\n");
				}
				xml.append("  </url>\n");
			}
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(xml.toString());
	}

	private static String url(String base, String path, String language) {
		return base + path + "?lang=" + language;
	}

	private static String date(FigureSnapshot snapshot) {
		return (snapshot.release() == null) ? null
				: DateTimeFormatter.ISO_LOCAL_DATE.format(snapshot.changedAt().atOffset(ZoneOffset.UTC));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
