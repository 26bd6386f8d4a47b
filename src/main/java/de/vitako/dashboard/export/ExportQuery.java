package de.vitako.dashboard.export;

import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureFilter;
import de.vitako.dashboard.shared.Language;

/**
 * A validated export request: which figures, in which variant and language. Its text names every part, so that
 * it keys the kept exports and their ETags.
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
	static final int DRAFT = FigureFilter.DRAFT;

	/** The export of these figures in this format. */
	static ExportQuery of(FigureFilter filter, ExportFormat format) {
		return new ExportQuery(filter.metrics(), filter.segments(), filter.from(), filter.to(), format,
				filter.locale(), filter.release());
	}

	/** Which figures it exports. */
	FigureFilter filter() {
		return new FigureFilter(this.metrics, this.segments, this.from, this.to, this.locale, this.release);
	}

	ExportQuery ofDraft() {
		return new ExportQuery(this.metrics, this.segments, this.from, this.to, this.format, this.locale, DRAFT);
	}

	boolean english() {
		return Language.of(this.locale).english();
	}

}
