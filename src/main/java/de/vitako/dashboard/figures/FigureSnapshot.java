package de.vitako.dashboard.figures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric with its figures, as published in one release or as they stand in the draft. Immutable: pages
 * and exports render from it without touching the database.
 *
 * @param revision for a release its number; for the draft its change counter, bumped by every write
 * @param changedAt when the release was published, or when the draft last changed
 * @param release the release shown; {@code null} for the draft
 * @param headlines the overview's headline tiles, in order
 * @param sources what the registry knows of the sources its figures name, by title
 */
public record FigureSnapshot(long revision, Instant changedAt, List<MetricData> metrics, Release release,
		List<Headline> headlines, Map<String, SourceInfo> sources) {

	public FigureSnapshot(long revision, Instant changedAt, List<MetricData> metrics, Release release) {
		this(revision, changedAt, metrics, release, List.of(), Map.of());
	}

	/** The registry's entry of a source title; one with the title alone where the registry has none. */
	public SourceInfo source(String title) {
		SourceInfo known = this.sources.get(title);
		return (known != null) ? known : new SourceInfo(title, null, null, null, null);
	}

	/** Whether these are the draft's figures (shown only in the preview, never kept), not a release's. */
	public boolean isDraft() {
		return this.release == null;
	}

	public Optional<MetricData> metric(String code) {
		return this.metrics.stream().filter((m) -> m.metric().code().equals(code)).findFirst();
	}

}
