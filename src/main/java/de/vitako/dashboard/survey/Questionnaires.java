package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.mail.Outbox;
import de.vitako.dashboard.survey.Questionnaire.Item;
import de.vitako.dashboard.survey.Questionnaire.Phase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members' questionnaires: one per member and round, opened and saved by any of the member's contacts while
 * the round is open, submitted once (which locks it and mails a copy of the answers to every contact), reopened
 * only by staff. Each save locks the questionnaire; a save from a form opened before another contact's save keeps
 * both where they changed different answers and stores nothing where they changed the same one differently.
 */
@Service
public class Questionnaires {

	/** The rating scale: 1 (sehr gering) to 5 (sehr hoch). */
	public static final int RATING_SCALE = 5;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TOLERANCE = new BigDecimal("0.2");

	private final SurveyRounds rounds;

	private final SurveyResponses responses;

	private final Members members;

	private final MemberAccounts accounts;

	private final FigureSnapshots snapshots;

	private final AnswerHistory history;

	private final Outbox outbox;

	private final MemberMails mails;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate reading;

	private final TransactionTemplate writing;

	Questionnaires(SurveyRounds rounds, SurveyResponses responses, Members members, MemberAccounts accounts,
			FigureSnapshots snapshots, AnswerHistory history, Outbox outbox, MemberMails mails, JdbcTemplate jdbc,
			Clock clock, PlatformTransactionManager transactions) {
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.writing = new TransactionTemplate(transactions);
		this.rounds = rounds;
		this.responses = responses;
		this.members = members;
		this.accounts = accounts;
		this.snapshots = snapshots;
		this.history = history;
		this.outbox = outbox;
		this.mails = mails;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The rounds the contact's member was invited to (once the invitation went out), the latest first. */
	@Transactional(readOnly = true)
	public List<MemberRound> roundsOf(String email) {
		long member = memberOf(email);
		return this.rounds.findAllByOrderByYearDesc()
			.stream()
			.filter((round) -> round.mailedInvitation(member).isPresent())
			.map((round) -> new MemberRound(round.id(), round.details(), phase(round),
					this.responses.findByRoundIdAndMemberId(round.id(), member)
						.map(SurveyResponse::state)
						.orElse(null)))
			.toList();
	}

	/**
	 * The contact's questionnaire of the round, read in a read-only transaction; the first opening while the round
	 * is open records that it was opened.
	 * @throws SurveyRefusedException ({@code survey.form.unknown}) if the round is not one of the member's
	 */
	public Questionnaire open(String email, long roundId) {
		Questionnaire questionnaire = this.reading.execute((status) -> {
			long member = memberOf(email);
			SurveyRound round = invited(roundId, member);
			return questionnaire(round, member, this.responses.findByRoundIdAndMemberId(roundId, member));
		});
		if (questionnaire.state() != null || questionnaire.phase() != Phase.OPEN) {
			return questionnaire;
		}
		// the first opening: recorded once, whoever comes first
		return this.writing.execute((status) -> {
			SurveyRound round = invited(roundId, questionnaire.memberId());
			create(round, questionnaire.memberId(), email);
			return questionnaire(round, questionnaire.memberId(),
					this.responses.findByRoundIdAndMemberId(roundId, questionnaire.memberId()));
		});
	}

	/**
	 * Saves what the contact's form changed and, if asked, submits the questionnaire.
	 * @param version the questionnaire's version the form was opened with
	 * @param entered the form's answers by place; {@code null} for a field left empty. Places not named keep
	 * their answers
	 * @param base the answers the form was opened with, to tell what this form changed from what another contact
	 * saved since
	 * @param source {@code form} or {@code upload}
	 * @throws SurveyRefusedException if the round is not the member's ({@code survey.form.unknown}), not open
	 * ({@code survey.form.notYetOpen}, {@code survey.form.closed}), the questionnaire was submitted
	 * ({@code survey.form.submitted}), or an answer does not fit its question ({@code survey.form.unfit})
	 */
	@Transactional
	public SaveOutcome save(String email, long roundId, long version, Map<AnswerKey, Answer> entered,
			Map<AnswerKey, Answer> base, boolean submit, String source) {
		long member = memberOf(email);
		SurveyRound round = invited(roundId, member);
		Phase phase = phase(round);
		if (phase != Phase.OPEN) {
			throw new SurveyRefusedException(null,
					(phase == Phase.CLOSED) ? "survey.form.closed" : "survey.form.notYetOpen");
		}
		create(round, member, email);
		SurveyResponse response = this.responses.findForUpdateByRoundIdAndMemberId(roundId, member).orElseThrow();
		if (response.submitted()) {
			throw new SurveyRefusedException(null, "survey.form.submitted");
		}
		Questionnaire before = questionnaire(round, member, Optional.of(response));
		entered.forEach((key, answer) -> checkFits(before, key, answer));
		Map<AnswerKey, Answer> stored = response.answers();
		Map<AnswerKey, Answer> changes = new LinkedHashMap<>();
		Map<AnswerKey, Answer> conflicts = new LinkedHashMap<>();
		boolean outdated = response.version() != version;
		entered.forEach((key, mine) -> {
			Answer now = stored.get(key);
			if (same(mine, now)) {
				if (mine != null && mine.confirmed() != now.confirmed()) {
					changes.put(key, mine);
				}
			}
			else if (!outdated) {
				changes.put(key, mine);
			}
			else if (!same(mine, base.get(key))) {
				// both this form and the stored questionnaire moved away from what the form was opened with
				if (same(now, base.get(key))) {
					changes.put(key, mine);
				}
				else {
					conflicts.put(key, now);
				}
			}
		});
		if (!conflicts.isEmpty()) {
			return new SaveOutcome(before, conflicts, 0, List.of());
		}
		Instant now = Instant.now(this.clock);
		changes.forEach((key, answer) -> {
			Answer old = stored.get(key);
			response.put(key, answer);
			if (!same(old, answer)) {
				this.history.answered(response.id(), key, old, answer, source, email, now);
			}
		});
		if (!changes.isEmpty()) {
			response.saved(email, now);
		}
		List<SubmitProblem> problems = List.of();
		if (submit) {
			problems = problems(before, response.answers());
			if (problems.isEmpty()) {
				response.submit(email, now);
				this.history.event(response.id(), "submit", source, email, now);
				confirm(round, member, questionnaire(round, member, Optional.of(response)));
			}
		}
		this.responses.saveAndFlush(response);
		return new SaveOutcome(questionnaire(round, member, Optional.of(response)), Map.of(), changes.size(),
				problems);
	}

	/**
	 * The contact's questionnaire of a round as it stands, without recording an opening: for the member's own
	 * results. Empty for a round the member was not invited to.
	 */
	@Transactional(readOnly = true)
	public Optional<Questionnaire> ofContact(String email, long roundId) {
		long member = memberOf(email);
		return this.rounds.findById(roundId)
			.filter((round) -> round.mailedInvitation(member).isPresent())
			.map((round) -> questionnaire(round, member, this.responses.findByRoundIdAndMemberId(roundId, member)));
	}

	/** A member's questionnaire of a round, for staff allowed to see individual answers. */
	@Transactional(readOnly = true)
	public Optional<Questionnaire> of(long roundId, long memberId) {
		Optional<SurveyResponse> response = this.responses.findByRoundIdAndMemberId(roundId, memberId);
		return this.rounds.findById(roundId)
			.filter((round) -> round.invites(memberId) || response.isPresent())
			.map((round) -> questionnaire(round, memberId, response));
	}

	/** The questionnaire's history, the latest first; empty if it was never opened. */
	@Transactional(readOnly = true)
	public List<AnswerChange> history(long roundId, long memberId) {
		return this.responses.findByRoundIdAndMemberId(roundId, memberId)
			.map((response) -> this.history.of(response.id()))
			.orElse(List.of());
	}

	/**
	 * Opens a submitted questionnaire again, so that the member can change and submit it once more.
	 * @throws SurveyRefusedException if it is not submitted ({@code survey.reopen.open}) or changed since the page
	 * was shown ({@code survey.conflict})
	 */
	@Transactional
	public void reopen(long roundId, long memberId, long version, String staff) {
		SurveyResponse response = this.responses.findForUpdateByRoundIdAndMemberId(roundId, memberId)
			.orElseThrow(() -> new SurveyRefusedException(null, "survey.reopen.open"));
		if (response.version() != version) {
			throw new SurveyRefusedException(null, "survey.conflict");
		}
		if (!response.submitted()) {
			throw new SurveyRefusedException(null, "survey.reopen.open");
		}
		response.reopen();
		this.history.event(response.id(), "reopen", "staff", staff, Instant.now(this.clock));
		this.responses.saveAndFlush(response);
	}

	private static boolean same(Answer one, Answer other) {
		if (one == null || other == null) {
			return one == other;
		}
		return Objects.equals(one.value(), other.value()) && Objects.equals(one.note(), other.note());
	}

	/** A forged or outdated form: a place the round does not ask about, or a value its question cannot have. */
	private static void checkFits(Questionnaire questionnaire, AnswerKey key, Answer answer) {
		Item item = questionnaire.item(key.metric())
			.filter((found) -> found.metric().segment(key.segment()).isPresent())
			.orElseThrow(() -> new SurveyRefusedException(null, "survey.form.unfit"));
		if (answer == null || answer.declined()) {
			return;
		}
		BigDecimal value = answer.value();
		boolean fits = switch (item.kind()) {
			case "rating" -> value.scale() <= 0 && value.compareTo(BigDecimal.ONE) >= 0
					&& value.compareTo(BigDecimal.valueOf(RATING_SCALE)) <= 0;
			case "choice" -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
			default -> value.signum() >= 0 && value.scale() <= 2 && value.precision() - value.scale() <= 13;
		};
		if (!fits || (answer.note() != null && answer.note().length() > Answer.NOTE_LENGTH)) {
			throw new SurveyRefusedException(null, "survey.form.unfit");
		}
	}

	/** What keeps the answers from being submitted. */
	private static List<SubmitProblem> problems(Questionnaire questionnaire, Map<AnswerKey, Answer> answers) {
		List<SubmitProblem> problems = new ArrayList<>();
		for (Item item : questionnaire.items()) {
			List<AnswerKey> keys = item.keys();
			Optional<AnswerKey> missing = keys.stream().filter((key) -> !answers.containsKey(key)).findFirst();
			if (missing.isPresent()) {
				problems.add(new SubmitProblem(missing.get(), "survey.submit.unanswered",
						List.of(item.number())));
				continue;
			}
			if (item.kind().equals("choice") && keys.stream().anyMatch((key) -> !answers.get(key).declined())
					&& keys.stream().noneMatch((key) -> BigDecimal.ONE.equals(answers.get(key).value()))) {
				problems.add(new SubmitProblem(keys.get(0), "survey.submit.unanswered", List.of(item.number())));
			}
			for (AnswerKey key : keys) {
				Answer answer = answers.get(key);
				if (questionnaire.jumps(key, answer) && answer.note() == null && !answer.confirmed()) {
					problems.add(new SubmitProblem(key, "survey.submit.jump", List.of(item.number())));
				}
			}
			if (item.kind().equals("breakdown") && keys.stream().noneMatch((key) -> answers.get(key).declined())) {
				BigDecimal sum = keys.stream().map((key) -> answers.get(key).value())
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
					problems.add(new SubmitProblem(keys.get(0), "survey.submit.sum",
							List.of(item.number(), sum.stripTrailingZeros().toPlainString())));
				}
			}
		}
		return problems;
	}

	/** Mails a copy of the submitted answers to each of the member's contacts. */
	private void confirm(SurveyRound round, long memberId, Questionnaire submitted) {
		Member member = this.members.findById(memberId).orElseThrow();
		for (MemberContact contact : member.activeContacts()) {
			this.outbox.queue(this.mails.confirmation(contact.details(), member.details(), round.details(),
					submitted));
		}
	}

	private Questionnaire questionnaire(SurveyRound round, long memberId, Optional<SurveyResponse> response) {
		MemberDetails member = this.members.findById(memberId).orElseThrow().details();
		List<Item> items = new ArrayList<>();
		for (RoundEntry.Question question : round.toEntry().questions()) {
			Optional<MetricInfo> metric = this.snapshots.anyMetricInfo(question.metric());
			metric.ifPresent((info) -> items.add(new Item(items.size() + 1, question, info)));
		}
		Map<AnswerKey, Answer> lastYear = this.rounds.findByYear(round.year() - 1)
			.flatMap((previous) -> this.responses.findByRoundIdAndMemberId(previous.id(), memberId))
			.filter(SurveyResponse::submitted)
			.map(SurveyResponse::answers)
			.orElse(Map.of());
		return new Questionnaire(round.id(), round.details(), memberId, member, items,
				response.map(SurveyResponse::answers).orElse(Map.of()), lastYear,
				response.map(SurveyResponse::state).orElse(null), phase(round));
	}

	/** Records that a contact opened the questionnaire, once, whoever comes first. */
	private void create(SurveyRound round, long member, String email) {
		this.jdbc.update("""
				insert into survey_response (round_id, member_id, created_by, created_at) values (?, ?, ?, ?)
				on conflict (round_id, member_id) do nothing""", round.id(), member, email,
				Timestamp.from(Instant.now(this.clock)));
	}

	private Phase phase(SurveyRound round) {
		LocalDate today = LocalDate.now(this.clock);
		RoundDetails details = round.details();
		if (today.isBefore(details.opensOn())) {
			return Phase.NOT_YET_OPEN;
		}
		return today.isAfter(details.closesOn()) ? Phase.CLOSED : Phase.OPEN;
	}

	private long memberOf(String email) {
		return this.accounts.memberOf(email)
			.orElseThrow(() -> new SurveyRefusedException(null, "survey.form.unknown"))
			.id();
	}

	/** The round, if the member was invited to it and the invitation went out. */
	private SurveyRound invited(long roundId, long member) {
		return this.rounds.findById(roundId)
			.filter((round) -> round.mailedInvitation(member).isPresent())
			.orElseThrow(() -> new SurveyRefusedException(null, "survey.form.unknown"));
	}

}
