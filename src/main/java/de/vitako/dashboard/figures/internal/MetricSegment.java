package de.vitako.dashboard.figures.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.SegmentInfo;
import org.hibernate.annotations.Immutable;

/**
 * A segment as one metric has it: its place in the metric's order and its label there.
 */
@Entity
@Table(name = "metric_segment")
@Immutable
class MetricSegment {

	@EmbeddedId
	private Key key;

	private int position;

	private String labelDe;

	private String labelEn;

	private Instant retiredAt;

	protected MetricSegment() {
	}

	boolean retired() {
		return this.retiredAt != null;
	}

	SegmentInfo toInfo() {
		return new SegmentInfo(this.key.segmentCode, new LocalizedText(this.labelDe, this.labelEn));
	}

	@Embeddable
	record Key(@Column(name = "metric_code") String metricCode,
			@Column(name = "segment_code") String segmentCode) implements Serializable {
	}

}
