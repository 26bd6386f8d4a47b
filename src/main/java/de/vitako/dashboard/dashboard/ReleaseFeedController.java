package de.vitako.dashboard.dashboard;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import de.vitako.dashboard.figures.AnnouncedRelease;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.Release;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.PublicUrl;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

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
		Optional<AnnouncedRelease> announced = this.published.announced();
		String etag = "W/\"feed-" + this.snapshots.knownRelease() + "-"
				+ announced.map(AnnouncedRelease::tag).orElse("") + "-" + ((lang == null) ? "" : locale.getLanguage())
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
		Instant latest = releases.isEmpty() ? Instant.EPOCH : releases.get(0).publishedAt();
		feed.setUpdated(date(announced.map(AnnouncedRelease::announcedAt).filter(latest::isBefore).orElse(latest)));
		feed.setAuthors(List.of(author()));
		feed.setAlternateLinks(List.of(link("alternate", base + "/releases?lang=" + locale.getLanguage(), "text/html")));
		// self: the address this feed was fetched at, as feed readers compare it
		feed.setOtherLinks(List.of(link("self", base + "/releases.atom" + ((lang == null) ? "" : "?lang="
				+ locale.getLanguage()), ATOM.getType() + "/" + ATOM.getSubtype())));
		List<Entry> entries = new ArrayList<>();
		announced.ifPresent((next) -> entries.add(announcement(next, base, locale)));
		releases.forEach((release) -> entries.add(entry(release, base, locale)));
		feed.setEntries(entries);
		return ResponseEntity.ok()
			.contentType(ATOM)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.body(new WireFeedOutput().outputString(feed));
	}

	/**
	 * The release calendar as iCalendar, for calendar programs to subscribe to: the announced release (its time, not
	 * its contents) and every published one, each with its page.
	 */
	@GetMapping("/releases.ics")
	ResponseEntity<String> calendar(@RequestParam(required = false) String lang, WebRequest request) {
		Locale locale = language(lang);
		Optional<AnnouncedRelease> announced = this.published.announced();
		String etag = "W/\"calendar-" + this.snapshots.knownRelease() + "-"
				+ announced.map(AnnouncedRelease::tag).orElse("") + "-" + locale.getLanguage() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		String base = this.publicUrl.base();
		String host = URI.create(base).getHost();
		String language = "?lang=" + locale.getLanguage();
		CalendarWriter calendar = new CalendarWriter(
				"-//Vitako//Kennzahlen//" + locale.getLanguage().toUpperCase(Locale.ROOT),
				this.messages.get("calendar.name", locale));
		announced.ifPresent((next) -> calendar.event("release-scheduled-" + next.id() + "@" + host, next.scheduledFor(),
				next.announcedAt(), this.messages.get("calendar.next", locale),
				this.messages.get("calendar.next.description", locale), base + "/releases" + language));
		for (Release release : this.published.releases()) {
			calendar.event("release-" + release.number() + "@" + host, release.publishedAt(), release.publishedAt(),
					this.messages.get("calendar.release", locale, String.valueOf(release.number())),
					release.notes().in(locale), base + "/releases/" + release.number() + language);
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("vitako-releases.ics")
				.build()
				.toString())
			.body(calendar.finish());
	}

	/** The announced release: when, not what; it stays an entry of its own after it went out. */
	private Entry announcement(AnnouncedRelease next, String base, Locale locale) {
		Entry entry = new Entry();
		entry.setId(base + "/releases#scheduled-" + next.id());
		entry.setTitle(this.messages.get("feed.next", locale, this.format.date(next.scheduledFor(), locale),
				this.format.time(next.scheduledFor())));
		entry.setPublished(date(next.announcedAt()));
		entry.setUpdated(date(next.announcedAt()));
		Content text = new Content();
		text.setType(Content.TEXT);
		text.setValue(this.messages.get("calendar.next.description", locale));
		entry.setContents(List.of(text));
		entry.setAlternateLinks(
				List.of(link("alternate", base + "/releases?lang=" + locale.getLanguage(), "text/html")));
		return entry;
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
