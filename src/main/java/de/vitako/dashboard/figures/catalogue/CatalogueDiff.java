package de.vitako.dashboard.figures.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;

/**
 * One change of the catalogue between the latest release and the draft: a metric or segment added, retired,
 * relabelled or moved, as the publication review and a release's changes list them.
 *
 * @param metric the metric's code
 * @param segment the segment's code, {@code null} for a change of the metric itself
 * @param kind what changed
 * @param label the metric's or segment's label as the draft has it (as the release had it, for a retired one)
 * @param before the label before a relabelling, else {@code null}
 * @param lastEditor who last changed the metric's catalogue entry ({@code null} if unknown)
 */
public record CatalogueDiff(String metric, String segment, Kind kind, LocalizedText label, LocalizedText before,
		String lastEditor) {

	/** What changed; its code names the message that describes it ({@code catalogue.diff.added} …). */
	public enum Kind {

		ADDED, RETIRED, RELABELLED, DESCRIBED, CHART, MOVED, SEGMENT_ADDED, SEGMENT_RETIRED, SEGMENT_RELABELLED,
		SEGMENTS_REORDERED, HEADLINES, SOURCE;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
		}

	}

	/**
	 * Every change from {@code published} to {@code draft}, in the draft's order (retired metrics last).
	 * @param editors who last changed each metric's entry, by code
	 */
	public static List<CatalogueDiff> between(List<MetricInfo> published, List<MetricInfo> draft, Map<String, String> editors) {
		Map<String, MetricInfo> before = published.stream()
			.collect(Collectors.toMap(MetricInfo::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<String> keptBefore = published.stream()
			.map(MetricInfo::code)
			.filter((code) -> draft.stream().anyMatch((m) -> m.code().equals(code)))
			.toList();
		List<String> keptAfter = draft.stream().map(MetricInfo::code).filter(before::containsKey).toList();
		List<CatalogueDiff> changes = new ArrayList<>();
		for (MetricInfo metric : draft) {
			String editor = editors.get(metric.code());
			MetricInfo old = before.get(metric.code());
			if (old == null) {
				changes.add(new CatalogueDiff(metric.code(), null, Kind.ADDED, metric.label(), null, editor));
				continue;
			}
			if (!old.label().equals(metric.label())) {
				changes.add(new CatalogueDiff(metric.code(), null, Kind.RELABELLED, metric.label(), old.label(), editor));
			}
			if (!old.description().equals(metric.description())) {
				changes.add(new CatalogueDiff(metric.code(), null, Kind.DESCRIBED, metric.label(), null, editor));
			}
			if (!Objects.equals(old.chartKind(), metric.chartKind())) {
				changes.add(new CatalogueDiff(metric.code(), null, Kind.CHART, metric.label(), null, editor));
			}
			if (keptBefore.indexOf(metric.code()) != keptAfter.indexOf(metric.code())) {
				changes.add(new CatalogueDiff(metric.code(), null, Kind.MOVED, metric.label(), null, editor));
			}
			segments(old, metric, editor, changes);
		}
		before.values()
			.stream()
			.filter((old) -> !keptAfter.contains(old.code()))
			.forEach((old) -> changes.add(new CatalogueDiff(old.code(), null, Kind.RETIRED, old.label(), null,
					editors.get(old.code()))));
		return changes;
	}

	private static void segments(MetricInfo old, MetricInfo metric, String editor, List<CatalogueDiff> changes) {
		for (SegmentInfo segment : metric.segments()) {
			SegmentInfo was = old.segment(segment.code()).orElse(null);
			if (was == null) {
				changes.add(new CatalogueDiff(metric.code(), segment.code(), Kind.SEGMENT_ADDED, segment.label(),
						null, editor));
			}
			else if (!was.label().equals(segment.label())) {
				changes.add(new CatalogueDiff(metric.code(), segment.code(), Kind.SEGMENT_RELABELLED, segment.label(),
						was.label(), editor));
			}
		}
		for (SegmentInfo was : old.segments()) {
			if (metric.segment(was.code()).isEmpty()) {
				changes.add(new CatalogueDiff(metric.code(), was.code(), Kind.SEGMENT_RETIRED, was.label(), null,
						editor));
			}
		}
		List<String> keptBefore = old.segments()
			.stream()
			.map(SegmentInfo::code)
			.filter((code) -> metric.segment(code).isPresent())
			.toList();
		List<String> keptAfter = metric.segments()
			.stream()
			.map(SegmentInfo::code)
			.filter((code) -> old.segment(code).isPresent())
			.toList();
		if (!keptBefore.equals(keptAfter)) {
			changes.add(new CatalogueDiff(metric.code(), null, Kind.SEGMENTS_REORDERED, metric.label(), null, editor));
		}
	}

}
