package de.vitako.dashboard.figures.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.SegmentInfo;

/**
 * A segment as one metric has it: its place in the metric's order and its label there. Part of its
 * {@link Metric}, which creates and removes it.
 */
@Entity
@Table(name = "metric_segment")
public class MetricSegment extends CatalogueItem {

	@EmbeddedId
	private Key key;

	private String labelDe;

	private String labelEn;

	protected MetricSegment() {
	}

	MetricSegment(String metric, String segment, int position, LocalizedText label) {
		super(position);
		this.key = new Key(metric, segment);
		relabel(label);
	}

	public String code() {
		return this.key.segmentCode;
	}

	public LocalizedText label() {
		return new LocalizedText(this.labelDe, this.labelEn);
	}

	public void relabel(LocalizedText label) {
		this.labelDe = label.de();
		this.labelEn = label.en();
	}

	SegmentInfo toInfo() {
		return new SegmentInfo(this.key.segmentCode, label());
	}

	@Embeddable
	record Key(@Column(name = "metric_code") String metricCode,
			@Column(name = "segment_code") String segmentCode) implements Serializable {
	}

}
