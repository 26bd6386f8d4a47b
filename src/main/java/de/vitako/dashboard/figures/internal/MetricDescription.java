package de.vitako.dashboard.figures.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricDefinition;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;

/**
 * What a metric is, in the columns that the draft's catalogue ({@link Metric}) and a release's copy
 * ({@link ReleaseMetric}) share: labels, descriptions, unit, kind of segments and chart.
 */
@Embeddable
class MetricDescription {

	private String labelDe;

	private String labelEn;

	private String descriptionDe;

	private String descriptionEn;

	@Column(name = "unit")
	private Unit unit;

	private boolean segmentsAddUp;

	private boolean partsOfWhole;

	private String chartKind;

	protected MetricDescription() {
	}

	MetricDescription(MetricDefinition definition) {
		this.labelDe = definition.label().de();
		this.labelEn = definition.label().en();
		this.descriptionDe = definition.description().de();
		this.descriptionEn = definition.description().en();
		this.unit = definition.unit();
		this.segmentsAddUp = definition.segmentsAddUp();
		this.partsOfWhole = definition.partsOfWhole();
		this.chartKind = (definition.chartKind() != null) ? definition.chartKind().code() : null;
	}

	MetricDefinition toDefinition(String code) {
		return new MetricDefinition(code, new LocalizedText(this.labelDe, this.labelEn),
				new LocalizedText(this.descriptionDe, this.descriptionEn), this.unit, this.segmentsAddUp,
				this.partsOfWhole, ChartKind.fromCode(this.chartKind));
	}

	MetricInfo toInfo(String code, List<SegmentInfo> segments) {
		MetricDefinition definition = toDefinition(code);
		return new MetricInfo(code, definition.label(), definition.description(), this.unit, this.segmentsAddUp,
				this.partsOfWhole, segments, definition.chartKind());
	}

}
