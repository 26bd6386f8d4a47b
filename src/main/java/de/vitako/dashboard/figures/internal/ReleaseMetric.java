package de.vitako.dashboard.figures.internal;

import java.io.Serializable;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.MetricInfo;
import org.hibernate.annotations.Immutable;

/**
 * A metric as a release published it, with the segments and labels it had then. Written in bulk when the release
 * is frozen, never changed after (the database refuses it).
 */
@Entity
@Table(name = "release_metric")
@Immutable
public class ReleaseMetric {

	@EmbeddedId
	private Key key;

	private int position;

	@Embedded
	private MetricDescription description;

	@OneToMany
	@JoinColumns({ @JoinColumn(name = "release_id", referencedColumnName = "release_id", insertable = false,
			updatable = false),
			@JoinColumn(name = "metric_code", referencedColumnName = "code", insertable = false,
					updatable = false) })
	@OrderBy("position")
	private List<ReleaseMetricSegment> segments;

	protected ReleaseMetric() {
	}

	public MetricInfo toInfo() {
		return this.description.toInfo(this.key.code,
				this.segments.stream().map(ReleaseMetricSegment::toInfo).toList());
	}

	@Embeddable
	public record Key(@Column(name = "release_id") long releaseId, @Column(name = "code") String code)
			implements Serializable {
	}

}
