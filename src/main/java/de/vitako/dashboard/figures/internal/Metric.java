package de.vitako.dashboard.figures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricDefinition;
import de.vitako.dashboard.figures.MetricInfo;

/**
 * What is measured (devices ordered, VPN certificates, …), as the draft's catalogue holds it, with its segments.
 * Changed only through the catalogue's editor, which locks the draft, checks the {@link #version()} the editor's
 * form was opened with and calls {@link #changed()} once per change, so that every form opened before it is
 * outdated, whether the metric or one of its segments changed.
 */
@Entity
@Table(name = "metric")
public class Metric extends CatalogueItem {

	@Id
	private String code;

	@Embedded
	private MetricDescription description;

	private long version;

	@OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "metric_code", insertable = false, updatable = false)
	@OrderBy("position")
	private List<MetricSegment> segments = new ArrayList<>();

	protected Metric() {
	}

	/** A new metric at {@code position} on the overview, with its first segment. */
	public Metric(MetricDefinition definition, int position, String segment, LocalizedText segmentLabel) {
		super(position);
		this.code = definition.code();
		define(definition);
		addSegment(segment, segmentLabel);
	}

	public String code() {
		return this.code;
	}

	public long version() {
		return this.version;
	}

	/** Its segments in order, retired ones too. */
	public List<MetricSegment> segments() {
		return List.copyOf(this.segments);
	}

	public Optional<MetricSegment> segment(String segmentCode) {
		return this.segments.stream().filter((s) -> s.code().equals(segmentCode)).findFirst();
	}

	/** Sets what the metric is: labels, descriptions, unit, kind of segments and chart (its segments stay). */
	public void define(MetricDefinition definition) {
		this.description = new MetricDescription(definition);
	}

	/** Adds a segment after the last one. */
	public void addSegment(String segmentCode, LocalizedText label) {
		int last = this.segments.stream().mapToInt(MetricSegment::position).max().orElse(0);
		this.segments.add(new MetricSegment(this.code, segmentCode, last + 1, label));
	}

	public void removeSegment(String segmentCode) {
		this.segments.removeIf((s) -> s.code().equals(segmentCode));
	}

	/** Records that the metric or one of its segments changed: forms opened before are outdated. */
	public void changed() {
		this.version++;
	}

	public MetricDefinition definition() {
		return this.description.toDefinition(this.code);
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
		return this.description.toInfo(this.code,
				this.segments.stream().filter((s) -> withRetired || !s.retired()).map(MetricSegment::toInfo).toList());
	}

}
