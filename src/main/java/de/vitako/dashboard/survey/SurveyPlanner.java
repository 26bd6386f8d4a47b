package de.vitako.dashboard.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.Unit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares survey rounds: a round per reporting year, its questions from the draft's catalogue (nothing here adds
 * a metric: a new question is a new metric in the catalogue first), and the members it invites. Each change takes
 * the planner's lock, checks the version the admin's form was opened with, and bumps it.
 */
@Service
public class SurveyPlanner {

	private static final long LOCK_KEY = 0x5649_5441_4b55L;

	private final SurveyRounds rounds;

	private final Members members;

	private final FigureSnapshots snapshots;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MemberAccounts accounts;

	SurveyPlanner(SurveyRounds rounds, Members members, FigureSnapshots snapshots, JdbcTemplate jdbc, Clock clock,
			MemberAccounts accounts) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.members = members;
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The kinds of answer a question about {@code metric} may have: a number per segment for counts and euros; for
	 * shares of one whole, each member's one choice or its own breakdown; for other percentages, a rating per
	 * segment.
	 */
	public static List<String> answerKinds(MetricInfo metric) {
		if (metric.unit() != Unit.PERCENT) {
			return List.of("number");
		}
		return metric.partsOfWhole() ? List.of("choice", "breakdown") : List.of("rating");
	}

	/** Every round, the latest year first. */
	@Transactional(readOnly = true)
	public List<RoundEntry> all() {
		return this.rounds.findAllByOrderByYearDesc().stream().map(SurveyRound::toEntry).toList();
	}

	@Transactional(readOnly = true)
	public Optional<RoundEntry> get(long id) {
		return this.rounds.findById(id).map(SurveyRound::toEntry);
	}

	/**
	 * Creates a round, with no questions and nobody invited yet.
	 * @throws SurveyRefusedException if the year has a round ({@code survey.year.taken}) or it closes before it
	 * opens ({@code survey.dates.order})
	 */
	@Transactional
	public long create(RoundDetails details, String user) {
		lock();
		check(details);
		if (this.rounds.existsByYear(details.year())) {
			throw new SurveyRefusedException("year", "survey.year.taken", String.valueOf(details.year()));
		}
		return this.rounds.saveAndFlush(new SurveyRound(details, user, now())).id();
	}

	@Transactional
	public void describe(long id, long version, RoundDetails details) {
		SurveyRound round = locked(id, version);
		check(details);
		if (this.rounds.existsByYearAndIdNot(details.year(), id)) {
			throw new SurveyRefusedException("year", "survey.year.taken", String.valueOf(details.year()));
		}
		if (!round.details().equals(details)) {
			round.describe(details);
			round.changed();
		}
	}

	/**
	 * Adds a question about a metric of the draft's catalogue, answered as {@code answerKind}.
	 * @throws SurveyRefusedException if the metric is unknown or asked already, or the kind does not fit it
	 */
	@Transactional
	public void ask(long id, long version, String metric, String answerKind, LocalizedText help) {
		SurveyRound round = locked(id, version);
		MetricInfo info = this.snapshots.metricInfo(metric)
			.orElseThrow(() -> new SurveyRefusedException("metric", "survey.metric.unknown", metric));
		if (round.question(metric).isPresent()) {
			throw new SurveyRefusedException("metric", "survey.metric.taken", metric);
		}
		if (!answerKinds(info).contains(answerKind)) {
			throw new SurveyRefusedException("answerKind", "survey.kind.unfit");
		}
		round.ask(metric, answerKind, help);
		round.changed();
	}

	@Transactional
	public void drop(long id, long version, String metric) {
		SurveyRound round = locked(id, version);
		if (round.question(metric).isPresent()) {
			round.drop(metric);
			round.changed();
		}
	}

	/**
	 * Invites exactly these members to the round: those not named any more are no longer invited.
	 * @throws SurveyRefusedException if one of them is unknown or has left ({@code survey.member.left})
	 */
	@Transactional
	public void invite(long id, long version, Set<Long> memberIds, String user) {
		SurveyRound round = locked(id, version);
		for (long member : memberIds) {
			if (this.members.findById(member).filter((found) -> !found.left()).isEmpty()) {
				throw new SurveyRefusedException(null, "survey.member.left");
			}
		}
		RoundEntry before = round.toEntry();
		before.invitedMembers().stream().filter((member) -> !memberIds.contains(member)).forEach(round::uninvite);
		memberIds.stream().filter((member) -> !round.invites(member)).sorted()
			.forEach((member) -> round.invite(member, user, now()));
		if (!round.toEntry().invitedMembers().equals(before.invitedMembers())) {
			round.changed();
		}
	}

	/**
	 * Mails the round's invitation to every active contact of each invited member not mailed yet.
	 * @return how many members were mailed
	 * @throws SurveyRefusedException if the round asks nothing ({@code survey.send.noQuestions}), invites nobody
	 * ({@code survey.send.nobody}) or has closed ({@code survey.send.closed})
	 */
	@Transactional
	public int send(long id, long version, String base, String user) {
		SurveyRound round = locked(id, version);
		RoundEntry entry = round.toEntry();
		if (entry.questions().isEmpty()) {
			throw new SurveyRefusedException(null, "survey.send.noQuestions");
		}
		if (entry.invitedMembers().isEmpty()) {
			throw new SurveyRefusedException(null, "survey.send.nobody");
		}
		if (entry.details().closesOn().isBefore(LocalDate.now(this.clock))) {
			throw new SurveyRefusedException(null, "survey.send.closed");
		}
		int mailed = 0;
		for (SurveyInvitation invitation : round.unmailed()) {
			Member member = this.members.findById(invitation.member()).orElseThrow();
			for (MemberContact contact : member.activeContacts()) {
				this.accounts.inviteToRound(contact, member.details(), entry.details(), base, user);
			}
			invitation.mailed(now());
			mailed++;
		}
		if (mailed > 0) {
			round.changed();
		}
		return mailed;
	}

	private static void check(RoundDetails details) {
		if (details.closesOn().isBefore(details.opensOn())) {
			throw new SurveyRefusedException("closesOn", "survey.dates.order");
		}
	}

	private SurveyRound locked(long id, long version) {
		lock();
		SurveyRound round = this.rounds.findById(id)
			.orElseThrow(() -> new SurveyRefusedException(null, "survey.unknown"));
		if (round.version() != version) {
			throw new SurveyRefusedException(null, "survey.conflict");
		}
		return round;
	}

	/** One change of the rounds at a time, across instances, until the transaction ends. */
	private void lock() {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
