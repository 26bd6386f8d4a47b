package de.vitako.dashboard.figures.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.SegmentInfo;
import org.hibernate.annotations.Immutable;

/**
 * A segment of a metric as a release published it: part of its {@link ReleaseMetric}.
 */
@Entity
@Table(name = "release_metric_segment")
@Immutable
class ReleaseMetricSegment {

	@EmbeddedId
	private Key key;

	private int position;

	private String labelDe;

	private String labelEn;

	protected ReleaseMetricSegment() {
	}

	SegmentInfo toInfo() {
		return new SegmentInfo(this.key.segmentCode, new LocalizedText(this.labelDe, this.labelEn));
	}

	@Embeddable
	record Key(@Column(name = "release_id") long releaseId, @Column(name = "metric_code") String metricCode,
			@Column(name = "segment_code") String segmentCode) implements Serializable {
	}

}
