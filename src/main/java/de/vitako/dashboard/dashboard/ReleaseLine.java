package de.vitako.dashboard.dashboard;

import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.shared.Messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The line that goes with a chart wherever it leaves the site (an embed, an image): "Quelle: … · Lizenz: … · Stand:
 * Release n vom …".
 */
@Component
class ReleaseLine {

	private final FigureFormatter format;

	private final Messages messages;

	private final String license;

	ReleaseLine(FigureFormatter format, MessageSource messages,
			@Value("${vitako.export.license.title:Datenlizenz Deutschland – Namensnennung – Version 2.0}")
			String license) {
		this.format = format;
		this.messages = new Messages(messages);
		this.license = license;
	}

	/** The line for the figures of a release that name these sources (Vitako where they name none). */
	String of(FigureSnapshot snapshot, List<String> sources, Locale locale) {
		return line(snapshot, sources, locale, false);
	}

	/** The same for an image, whose lines break at spaces: "Stand: Release 1 vom 06.12.2026" stays on one. */
	String forImage(FigureSnapshot snapshot, List<String> sources, Locale locale) {
		return line(snapshot, sources, locale, true);
	}

	private String line(FigureSnapshot snapshot, List<String> sources, Locale locale, boolean unbroken) {
		String named = String.join("; ", sources.isEmpty() ? List.of("Vitako") : sources);
		String asOf = this.messages.get("embed.line.asOf", locale, String.valueOf(snapshot.revision()),
				this.format.date(snapshot.changedAt(), locale));
		return this.messages.get("embed.line", locale, named, this.license,
				unbroken ? asOf.replace(' ', '\u00a0') : asOf);
	}

}
