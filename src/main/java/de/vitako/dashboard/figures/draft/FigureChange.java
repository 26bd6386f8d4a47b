package de.vitako.dashboard.figures.draft;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.Decimals;
import de.vitako.dashboard.figures.FigureBasis;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureStatus;
import org.hibernate.annotations.Immutable;

/**
 * One recorded change of a figure: who, when, what it was before and after, and why. Append-only, also in the
 * database.
 */
@Entity
@Table(name = "figure_change")
@Immutable
class FigureChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long figureId;

	private String action;

	private String metricCode;

	private String segmentCode;

	private int year;

	private BigDecimal oldValue;

	private BigDecimal newValue;

	private String oldSourceTitle;

	private String newSourceTitle;

	private Integer oldSourcePage;

	private Integer newSourcePage;

	private String oldNote;

	private FigureStatus oldStatus;

	private String oldNoteEn;

	private String newNoteEn;

	private FigureStatus newStatus;

	private Integer oldRespondents;

	private Integer oldInvited;

	private Integer newRespondents;

	private Integer newInvited;

	private String newNote;

	private String reason;

	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	/** The import this change was part of, if any. */
	private Long importId;

	protected FigureChange() {
	}

	FigureChange(Long figureId, ChangeAction action, String metricCode, String segmentCode, int year,
			FigureContent before, FigureContent after, String reason, String changedBy, Instant changedAt) {
		this.figureId = figureId;
		this.action = action.code();
		this.metricCode = metricCode;
		this.segmentCode = segmentCode;
		this.year = year;
		if (before != null) {
			this.oldValue = before.value();
			this.oldSourceTitle = before.sourceTitle();
			this.oldSourcePage = before.sourcePage();
			this.oldNote = before.note();
			this.oldStatus = before.status();
			this.oldNoteEn = before.noteEn();
			this.oldRespondents = (before.basis() != null) ? before.basis().respondents() : null;
			this.oldInvited = (before.basis() != null) ? before.basis().invited() : null;
		}
		if (after != null) {
			this.newValue = after.value();
			this.newSourceTitle = after.sourceTitle();
			this.newSourcePage = after.sourcePage();
			this.newNote = after.note();
			this.newStatus = after.status();
			this.newNoteEn = after.noteEn();
			this.newRespondents = (after.basis() != null) ? after.basis().respondents() : null;
			this.newInvited = (after.basis() != null) ? after.basis().invited() : null;
		}
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	/** A change made by an import, or by undoing one. */
	FigureChange(Long figureId, ChangeAction action, String metricCode, String segmentCode, int year,
			FigureContent before, FigureContent after, String reason, String changedBy, Instant changedAt,
			long importId) {
		this(figureId, action, metricCode, segmentCode, year, before, after, reason, changedBy, changedAt);
		this.importId = importId;
	}

	ChangeAction action() {
		return ChangeAction.fromCode(this.action);
	}

	FigureChangeView toView() {
		return new FigureChangeView(this.id, ChangeAction.fromCode(this.action), this.metricCode,
				this.segmentCode, this.year,
				content(this.oldValue, this.oldSourceTitle, this.oldSourcePage, this.oldNote, this.oldStatus,
						this.oldNoteEn, FigureBasis.of(this.oldRespondents, this.oldInvited)),
				content(this.newValue, this.newSourceTitle, this.newSourcePage, this.newNote, this.newStatus,
						this.newNoteEn, FigureBasis.of(this.newRespondents, this.newInvited)),
				this.reason, this.changedBy, this.changedAt);
	}

	/** A side of the change; none where it has neither a value nor the flag that stands for one. */
	private static FigureContent content(BigDecimal value, String title, Integer page, String note,
			FigureStatus status, String noteEn, FigureBasis basis) {
		return (value == null && status != FigureStatus.CONFIDENTIAL) ? null
				: new FigureContent(Decimals.normalise(value), title, page, note, status, noteEn, basis);
	}

}
