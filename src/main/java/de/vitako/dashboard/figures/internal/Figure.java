package de.vitako.dashboard.figures.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.vitako.dashboard.figures.Decimals;
import de.vitako.dashboard.figures.FigureBasis;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.Unit;

/**
 * One metric's value for a segment in a year, with its provenance. Changed only through intention-revealing
 * methods; the version guards against lost updates.
 */
@Entity
@Table(name = "figure")
public class Figure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String metricCode;

	private String segmentCode;

	private Unit unit;

	private int year;

	private BigDecimal value;

	private String sourceTitle;

	private Integer sourcePage;

	private String note;

	private FigureStatus status;

	private String noteEn;

	private Integer respondents;

	private Integer invited;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Figure() {
	}

	public Figure(String metricCode, String segmentCode, Unit unit, int year, FigureContent content, Instant now) {
		this.metricCode = metricCode;
		this.segmentCode = segmentCode;
		this.unit = unit;
		this.year = year;
		this.createdAt = now;
		apply(content, now);
	}

	public void correct(FigureContent content, Instant now) {
		apply(content, now);
	}

	private void apply(FigureContent content, Instant now) {
		this.value = content.value();
		this.sourceTitle = content.sourceTitle();
		this.sourcePage = content.sourcePage();
		this.note = content.note();
		this.status = content.status();
		this.noteEn = content.noteEn();
		this.respondents = (content.basis() != null) ? content.basis().respondents() : null;
		this.invited = (content.basis() != null) ? content.basis().invited() : null;
		this.updatedAt = now;
	}

	public FigureValue toValue() {
		return new FigureValue(this.id, this.metricCode, this.segmentCode, this.year, Decimals.normalise(this.value),
				this.sourceTitle, this.sourcePage, this.note, this.createdAt, this.updatedAt, this.version, 0,
				this.status, this.noteEn, FigureBasis.of(this.respondents, this.invited));
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public FigureContent content() {
		return new FigureContent(this.value, this.sourceTitle, this.sourcePage, this.note, this.status, this.noteEn,
				FigureBasis.of(this.respondents, this.invited));
	}

}
