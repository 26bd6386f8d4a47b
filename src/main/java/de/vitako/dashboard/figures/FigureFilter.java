package de.vitako.dashboard.figures;

import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.shared.Language;

/**
 * Which figures to read, checked against the catalogue ({@link FigureFilters#parse}), and the language of their
 * labels.
 *
 * @param metrics metric codes, sorted; empty for all
 * @param segments segment codes, sorted; empty for all
 * @param from first year, inclusive; {@code null} for no bound
 * @param to last year, inclusive; {@code null} for no bound
 * @param release the number of the release whose figures are read; {@link #DRAFT} for the draft's
 */
public record FigureFilter(List<String> metrics, List<String> segments, Integer from, Integer to, Locale locale,
		int release) {

	/** The release number of the draft, read only in the preview. */
	public static final int DRAFT = 0;

	/** The same figures of the draft. */
	public FigureFilter ofDraft() {
		return new FigureFilter(this.metrics, this.segments, this.from, this.to, this.locale, DRAFT);
	}

	/** Whether the labels are English (else German). */
	public boolean english() {
		return Language.of(this.locale).english();
	}

}
