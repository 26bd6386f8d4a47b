package de.vitako.dashboard.figures;

import java.util.List;
import java.util.Optional;

/**
 * A metric of the catalogue.
 *
 * @param code stable snake_case code, a public contract of the API and the exports
 * @param segmentsAddUp whether the sum of the segments is a meaningful (derived) total
 * @param partsOfWhole whether the segments are shares of one whole that add up to 100
 * @param segments the metric's segments in display order
 * @param chartKind the chart it is drawn as; {@code null}: chosen from the data
 */
public record MetricInfo(String code, LocalizedText label, LocalizedText description, Unit unit,
		boolean segmentsAddUp, boolean partsOfWhole, List<SegmentInfo> segments, ChartKind chartKind) {

	public MetricInfo(String code, LocalizedText label, LocalizedText description, Unit unit, boolean segmentsAddUp,
			boolean partsOfWhole, List<SegmentInfo> segments) {
		this(code, label, description, unit, segmentsAddUp, partsOfWhole, segments, null);
	}

	public Optional<SegmentInfo> segment(String segmentCode) {
		return this.segments.stream().filter((s) -> s.code().equals(segmentCode)).findFirst();
	}

	/** The code as it appears in page URLs: {@code vpn-certificates}. */
	public String slug() {
		return this.code.replace('_', '-');
	}

}
