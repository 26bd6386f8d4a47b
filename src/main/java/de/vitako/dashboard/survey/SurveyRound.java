package de.vitako.dashboard.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A survey round for one reporting year, with its questions (from the catalogue) and the members it invites.
 */
@Entity
@Table(name = "survey_round")
class SurveyRound extends Versioned {

	private int year;

	private String titleDe;

	private String titleEn;

	private LocalDate opensOn;

	private LocalDate closesOn;

	@OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "round_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<SurveyQuestion> questions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "round_id", nullable = false, updatable = false)
	private List<SurveyInvitation> invitations = new ArrayList<>();

	protected SurveyRound() {
	}

	SurveyRound(RoundDetails details, String createdBy, Instant createdAt) {
		super(createdBy, createdAt);
		describe(details);
	}

	RoundDetails details() {
		return new RoundDetails(this.year, new LocalizedText(this.titleDe, this.titleEn), this.opensOn,
				this.closesOn);
	}

	void describe(RoundDetails details) {
		this.year = details.year();
		this.titleDe = details.title().de();
		this.titleEn = details.title().en();
		this.opensOn = details.opensOn();
		this.closesOn = details.closesOn();
	}

	Optional<SurveyQuestion> question(String metric) {
		return this.questions.stream().filter((question) -> question.metric().equals(metric)).findFirst();
	}

	/** Asks about a metric after the last question. */
	void ask(String metric, String answerKind, LocalizedText help) {
		int last = this.questions.stream().mapToInt(SurveyQuestion::position).max().orElse(0);
		this.questions.add(new SurveyQuestion(metric, last + 1, answerKind, help));
	}

	void drop(String metric) {
		this.questions.removeIf((question) -> question.metric().equals(metric));
	}

	boolean invites(long member) {
		return this.invitations.stream().anyMatch((invitation) -> invitation.member() == member);
	}

	void invite(long member, String by, Instant now) {
		this.invitations.add(new SurveyInvitation(member, by, now));
	}

	/** The member's invitation, once it has been mailed: before that, the round is not the member's to see. */
	Optional<SurveyInvitation> mailedInvitation(long member) {
		return this.invitations.stream()
			.filter((invitation) -> invitation.member() == member && invitation.mailed())
			.findFirst();
	}

	int year() {
		return this.year;
	}

	/** The invitations whose mails have not gone out yet. */
	List<SurveyInvitation> unmailed() {
		return this.invitations.stream().filter((invitation) -> !invitation.mailed()).toList();
	}

	void uninvite(long member) {
		this.invitations.removeIf((invitation) -> invitation.member() == member);
	}

	RoundEntry toEntry() {
		return new RoundEntry(id(), details(), version(),
				this.questions.stream().map(SurveyQuestion::toEntry).toList(),
				this.invitations.stream().map(SurveyInvitation::member).sorted().toList());
	}

}
