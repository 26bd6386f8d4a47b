package de.vitako.dashboard.figures;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * What is measured (devices ordered, VPN certificates, …). The catalogue changes only by migration.
 */
@Entity
@Table(name = "metric")
@Immutable
class Metric {

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

	@OneToMany(fetch = FetchType.EAGER)
	@JoinColumn(name = "metric_code", insertable = false, updatable = false)
	@OrderBy("position")
	private List<MetricSegment> segments;

	protected Metric() {
	}

	MetricInfo toInfo() {
		return new MetricInfo(this.code, new LocalizedText(this.labelDe, this.labelEn),
				new LocalizedText(this.descriptionDe, this.descriptionEn), this.unit, this.segmentsAddUp,
				this.partsOfWhole, this.segments.stream().map(MetricSegment::toInfo).toList());
	}

}
