package de.vitako.dashboard.figures.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.Unit;
import org.hibernate.annotations.Immutable;

/**
 * What is measured (devices ordered, VPN certificates, …), as the draft's catalogue holds it. The catalogue is
 * written by {@link CatalogueEditor}; this entity only reads it.
 */
@Entity
@Table(name = "metric")
@Immutable
public class Metric {

	@Id
	private String code;

	private int position;

	private String labelDe;

	private String labelEn;

	private String descriptionDe;

	private String descriptionEn;

	@Column(name = "unit")
	private Unit unit;

	private boolean segmentsAddUp;

	private boolean partsOfWhole;

	private String chartKind;

	private Instant retiredAt;

	@OneToMany(fetch = FetchType.EAGER)
	@JoinColumn(name = "metric_code", insertable = false, updatable = false)
	@OrderBy("position")
	private List<MetricSegment> segments;

	protected Metric() {
	}

	public String code() {
		return this.code;
	}

	public boolean retired() {
		return this.retiredAt != null;
	}

	/** The metric as the draft shows it: its segments that are not retired. */
	public MetricInfo toInfo() {
		return toInfo(false);
	}

	/** The metric with every segment it ever had, retired ones too: for the labels of its history. */
	public MetricInfo toInfoWithRetired() {
		return toInfo(true);
	}

	private MetricInfo toInfo(boolean withRetired) {
		return new MetricInfo(this.code, new LocalizedText(this.labelDe, this.labelEn),
				new LocalizedText(this.descriptionDe, this.descriptionEn), this.unit, this.segmentsAddUp,
				this.partsOfWhole,
				this.segments.stream().filter((s) -> withRetired || !s.retired()).map(MetricSegment::toInfo).toList(),
				ChartKind.fromCode(this.chartKind));
	}

}
