package de.vitako.dashboard.export;

import java.util.List;
import java.util.Locale;

/**
 * A validated export request: which figures, in which variant and language.
 *
 * @param metrics metric codes; empty for all
 * @param segments segment codes; empty for all
 * @param from first year, inclusive; {@code null} for no bound
 * @param to last year, inclusive; {@code null} for no bound
 * @param release the number of the release whose figures are exported; {@link #DRAFT} for the draft's
 */
record ExportQuery(List<String> metrics, List<String> segments, Integer from, Integer to, ExportFormat format,
		Locale locale, int release) {

	/** The release number of a preview of the draft. */
	static final int DRAFT = 0;

	ExportQuery ofDraft() {
		return new ExportQuery(this.metrics, this.segments, this.from, this.to, this.format, this.locale, DRAFT);
	}

	boolean english() {
		return "en".equals(this.locale.getLanguage());
	}

}
