package de.vitako.dashboard.figures.catalogue;

import java.util.List;
import java.util.Optional;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricDefinition;

/**
 * A metric as the catalogue's admin pages show it: with its retired segments, whether a release has published it,
 * how many figures the draft holds for it, and the version an edit must carry.
 *
 * @param definition what the metric is
 * @param published whether a release has published it: its code, unit and kind of segments are fixed then
 * @param figures how many figures the draft holds for it
 * @param history whether a figure was ever entered for it (a metric with history cannot be deleted, only retired)
 */
public record CatalogueEntry(MetricDefinition definition, int position, boolean retired, boolean published,
		int figures, boolean history, long version, List<SegmentEntry> segments) {

	public String code() {
		return this.definition.code();
	}

	/** Whether the unit and the kind of segments may still change: never published and no figure entered. */
	public boolean unitChangeable() {
		return !this.published && !this.history;
	}

	/** Whether it may be deleted rather than retired. */
	public boolean deletable() {
		return !this.published && !this.history;
	}

	public Optional<SegmentEntry> segment(String code) {
		return this.segments.stream().filter((s) -> s.code().equals(code)).findFirst();
	}

	/** A segment of the metric, with its state. */
	public record SegmentEntry(String code, LocalizedText label, boolean retired, boolean published, boolean history) {

		public boolean deletable() {
			return !this.published && !this.history;
		}

	}

}
