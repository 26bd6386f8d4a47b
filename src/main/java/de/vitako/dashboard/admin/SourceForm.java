package de.vitako.dashboard.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.vitako.dashboard.figures.SourceInfo;
import de.vitako.dashboard.figures.catalogue.SourceEntry;

/**
 * A source document as an editor describes it. Everything but the title may stay empty.
 *
 * @param publishedOn the date as a browser's date field sends it ({@code 2021-03-01})
 * @param version the source's version when the form was shown; {@code null} for a new source
 */
public record SourceForm(
		@NotBlank(message = "{source.title.required}") @AdminText(max = 300,
				tooLong = "{source.title.tooLong}") String title,
		@AdminText(max = 200, tooLong = "{source.text.tooLong}") String publisher,
		@Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{source.date.invalid}") String publishedOn,
		@Size(max = 500, message = "{source.url.invalid}") @Pattern(regexp = "^$|^https?://[^\\s\\p{Z}\\p{Cc}<>\"]+$",
				message = "{source.url.invalid}") String url,
		@AdminText(max = 200, tooLong = "{source.text.tooLong}") String licence, Long version) {

	static SourceForm empty() {
		return new SourceForm("", "", "", "", "", null);
	}

	static SourceForm of(SourceEntry entry) {
		SourceInfo info = entry.info();
		return new SourceForm(info.title(), text(info.publisher()),
				(info.publishedOn() == null) ? "" : info.publishedOn().toString(), text(info.url()),
				text(info.licence()), entry.version());
	}

	/** The date, or {@code null} where none or none that exists was given ({@code 2021-02-30}). */
	LocalDate date() {
		if (this.publishedOn == null || this.publishedOn.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.publishedOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	boolean dateInvalid() {
		return this.publishedOn != null && !this.publishedOn.isBlank() && date() == null;
	}

	SourceInfo info() {
		return new SourceInfo(this.title.strip(), blankToNull(this.publisher), date(), blankToNull(this.url),
				blankToNull(this.licence));
	}

	private static String text(String value) {
		return (value == null) ? "" : value;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
