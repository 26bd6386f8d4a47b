package de.vitako.dashboard.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An iCalendar file (RFC 5545) of events at a moment: the release calendar that calendar programs subscribe to.
 * Times in UTC, texts escaped, lines folded at 75 octets and ended with CRLF, as the RFC asks. A few lines of a
 * plain text format; the test reads every file back with a calendar library (ical4j).
 */
final class CalendarWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** The longest line the RFC allows, in octets, without its CRLF. */
	private static final int LINE = 75;

	private final StringBuilder out = new StringBuilder();

	CalendarWriter(String productId, String name) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:" + text(productId));
		line("CALSCALE:GREGORIAN");
		line("X-WR-CALNAME:" + text(name));
	}

	/**
	 * An event at a moment, without duration: a publication happens at one time.
	 * @param uid stable across changes of the event, so that a calendar updates it rather than adding one
	 * @param stamp when the event was last changed
	 */
	CalendarWriter event(String uid, Instant at, Instant stamp, String summary, String description, String url) {
		line("BEGIN:VEVENT");
		line("UID:" + text(uid));
		line("DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
		line("DTSTART:" + UTC.format(at.truncatedTo(ChronoUnit.SECONDS)));
		line("DTEND:" + UTC.format(at.truncatedTo(ChronoUnit.SECONDS)));
		line("SUMMARY:" + text(summary));
		line("DESCRIPTION:" + text(description));
		line("URL:" + url);
		line("TRANSP:TRANSPARENT");
		line("END:VEVENT");
		return this;
	}

	String finish() {
		line("END:VCALENDAR");
		return this.out.toString();
	}

	/** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
	private static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** A content line, folded where it exceeds 75 octets, never inside a character's UTF-8 bytes. */
	private void line(String content) {
		int octets = 0;
		for (int i = 0; i < content.length(); i++) {
			int codePoint = content.codePointAt(i);
			int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			// a continuation line starts with a space, which counts
			if (octets + length > LINE) {
				this.out.append("\r\n ");
				octets = 1;
			}
			this.out.appendCodePoint(codePoint);
			octets += length;
			if (Character.isSupplementaryCodePoint(codePoint)) {
				i++;
			}
		}
		this.out.append("\r\n");
	}

}
