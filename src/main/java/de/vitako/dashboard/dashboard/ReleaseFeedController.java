package de.vitako.dashboard.dashboard;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.Release;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The releases as an Atom feed (RFC 4287), written by Rome: one entry per release with its title, date, notes and
 * link, in German or English ({@code ?lang=en}). Feed readers learn of a new release without polling the site.
 */
@RestController
class ReleaseFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final FigureSnapshots snapshots;

	private final PublishedReleases published;

	private final FigureFormatter format;

	private final Messages messages;

	private final PublicUrl publicUrl;

	ReleaseFeedController(FigureSnapshots snapshots, PublishedReleases published, FigureFormatter format,
			MessageSource messages, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.snapshots = snapshots;
		this.published = published;
		this.format = format;
		this.messages = new Messages(messages);
	}

	@GetMapping("/releases.atom")
	ResponseEntity<String> feed(@RequestParam(required = false) String lang, WebRequest request) throws FeedException {
		Locale locale = language(lang);
		String etag = "W/\"feed-" + this.snapshots.knownRelease() + "-" + ((lang == null) ? "" : locale.getLanguage())
				+ "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		String base = this.publicUrl.base();
		List<Release> releases = this.published.releases();
		Feed feed = new Feed("atom_1.0");
		feed.setId(base + "/releases");
		feed.setTitle(this.messages.get("feed.title", locale));
		feed.setLanguage(locale.getLanguage());
		feed.setUpdated(date(releases.isEmpty() ? Instant.EPOCH : releases.get(0).publishedAt()));
		feed.setAuthors(List.of(author()));
		feed.setAlternateLinks(List.of(link("alternate", base + "/releases?lang=" + locale.getLanguage(), "text/html")));
		// self: the address this feed was fetched at, as feed readers compare it
		feed.setOtherLinks(List.of(link("self", base + "/releases.atom" + ((lang == null) ? "" : "?lang="
				+ locale.getLanguage()), ATOM.getType() + "/" + ATOM.getSubtype())));
		feed.setEntries(releases.stream().map((release) -> entry(release, base, locale)).toList());
		return ResponseEntity.ok()
			.contentType(ATOM)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.body(new WireFeedOutput().outputString(feed));
	}

	private Entry entry(Release release, String base, Locale locale) {
		Entry entry = new Entry();
		entry.setId(base + "/releases/" + release.number());
		entry.setTitle(this.messages.get("releases.entry", locale, release.number(),
				this.format.date(release.publishedAt(), locale)));
		entry.setPublished(date(release.publishedAt()));
		entry.setUpdated(date(release.publishedAt()));
		Content notes = new Content();
		notes.setType(Content.TEXT);
		notes.setValue(release.notes().in(locale));
		entry.setContents(List.of(notes));
		entry.setAlternateLinks(List.of(link("alternate",
				base + "/releases/" + release.number() + "?lang=" + locale.getLanguage(), "text/html")));
		return entry;
	}

	private static SyndPerson author() {
		Person vitako = new Person();
		vitako.setName("Vitako – Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister");
		return vitako;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static Date date(Instant instant) {
		return Date.from(instant);
	}

	private static Locale language(String lang) {
		if (lang == null || lang.isBlank() || lang.equalsIgnoreCase("de")) {
			return Locale.GERMAN;
		}
		if (lang.equalsIgnoreCase("en")) {
			return Locale.ENGLISH;
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lang must be de or en");
	}

}
