package de.vitako.dashboard.figures.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A segment's code, known across metrics, with the label it was first given (each metric labels it on its own, in
 * {@link MetricSegment}). Written once, when a metric first uses the code.
 */
@Entity
@Table(name = "segment")
public class Segment {

	@Id
	private String code;

	private String labelDe;

	private String labelEn;

	protected Segment() {
	}

	public Segment(String code, LocalizedText label) {
		this.code = code;
		this.labelDe = label.de();
		this.labelEn = label.en();
	}

}
