package de.vitako.dashboard.dashboard;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.releases.Publisher;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public release calendar: a scheduled release is announced with its time, never its contents, on the releases
 * page in both languages, in the Atom feed and in the iCalendar file, which a calendar library reads back; a
 * cancelled schedule disappears from all three, and their validators change with it.
 */
@IntegrationTest
class ReleaseCalendarTests {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Publisher publisher;

	@Autowired
	PublishedReleases releases;

	@Autowired
	Clock clock;

	long fixture;

	Instant at;

	@BeforeEach
	void scheduleARelease() {
		this.fixture = FigureFixtures.addEmployees2021(this.jdbc, "987654", "GEHEIMER INHALT");
		this.at = Instant.now(this.clock).plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		this.publisher.schedule(this.publisher.diff().draftRevision(), new LocalizedText("Zahlen 2021", "Figures 2021"),
				this.at, "test");
	}

	@AfterEach
	void cancelIt() {
		this.publisher.cancel("test");
		FigureFixtures.remove(this.jdbc, this.fixture);
	}

	@Test
	void theReleasesPageAnnouncesTheTimeButNotTheContents() {
		ZoneId zone = this.clock.getZone();
		String german = body("/releases?lang=de");
		assertThat(german).contains("Nächste Veröffentlichung", "Die nächsten Zahlen erscheinen am "
				+ GERMAN_DATE.format(this.at.atZone(zone)) + " um " + TIME.format(this.at.atZone(zone)) + " Uhr.",
				"href=\"/releases.ics?lang=de\"");
		assertThat(german).doesNotContain("987", "GEHEIMER INHALT", "Zahlen 2021");
		String english = body("/releases?lang=en");
		assertThat(english).contains("The next figures will be published on ",
				" at " + TIME.format(this.at.atZone(zone)));
		this.publisher.cancel("test");
		assertThat(body("/releases?lang=de")).contains("Derzeit ist keine Veröffentlichung angekündigt.");
	}

	@Test
	void theFeedAnnouncesItAndItsValidatorChangesWithTheSchedule() {
		MvcTestResult feed = this.mvc.get().uri("/releases.atom?lang=de").exchange();
		String atom = new String(feed.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(atom).contains("<title>Angekündigt: nächste Veröffentlichung am "
				+ GERMAN_DATE.format(this.at.atZone(this.clock.getZone())));
		assertThat(atom).doesNotContain("987", "GEHEIMER INHALT");
		String etag = feed.getResponse().getHeader(HttpHeaders.ETAG);
		this.publisher.cancel("test");
		MvcTestResult after = this.mvc.get()
			.uri("/releases.atom?lang=de")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();
		assertThat(after).hasStatusOk();
		assertThat(new String(after.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.doesNotContain("Angekündigt");
	}

	@Test
	void theCalendarFileReadsBackWithTheAnnouncedReleaseAndEveryPublishedOne() throws Exception {
		MvcTestResult answer = this.mvc.get().uri("/releases.ics?lang=de").exchange();
		assertThat(answer).hasStatusOk();
		assertThat(answer.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		String text = new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text.lines()).allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(75));
		assertThat(text).doesNotContain("987", "GEHEIMER INHALT").contains("\r\n");
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(this.releases.releases().size() + 1);
		VEvent next = events.get(0);
		assertThat(value(next, Property.SUMMARY)).isEqualTo("Vitako-Kennzahlen: nächste Veröffentlichung");
		assertThat(value(next, Property.DTSTART))
			.isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
				.format(this.at));
		assertThat(value(next, Property.UID)).startsWith("release-scheduled-");
		assertThat(value(events.get(1), Property.SUMMARY)).startsWith("Vitako-Kennzahlen: Ausgabe ");
		String english = body("/releases.ics?lang=en");
		assertThat(value(new CalendarBuilder().build(new StringReader(english))
			.<VEvent>getComponents(Component.VEVENT)
			.get(0), Property.SUMMARY)).isEqualTo("Vitako figures: next release");
		this.publisher.cancel("test");
		assertThat(new CalendarBuilder().build(new StringReader(body("/releases.ics?lang=de")))
			.getComponents(Component.VEVENT)).hasSize(this.releases.releases().size());
	}

	private String body(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).orElseThrow().getValue();
	}

}
