package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A headline tile as an editor adds it: the metric, or a metric's segment ({@code metric/segment}), and a text of
 * its own in both languages, or none (the metric's label).
 */
public record TileForm(@NotBlank(message = "{catalogue.tile.required}") String tile,
		@AdminText(max = 200, tooLong = "{catalogue.label.tooLong}") String textDe,
		@AdminText(max = 200, tooLong = "{catalogue.label.tooLong}") String textEn) {

	static TileForm empty() {
		return new TileForm("", "", "");
	}

	/** Whether it has a text in one language but not in the other. */
	boolean halfATitle() {
		return blank(this.textDe) != blank(this.textEn);
	}

	String metric() {
		return this.tile.strip().split("/", 2)[0];
	}

	String segment() {
		String[] parts = this.tile.strip().split("/", 2);
		return (parts.length > 1) ? parts[1] : null;
	}

	LocalizedText text() {
		return blank(this.textDe) ? null : new LocalizedText(this.textDe.strip(), this.textEn.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
