package de.vitako.dashboard.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.shared.PublicUrl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the members of a round that have not submitted: every active contact gets the reminder mail, with a link
 * to set a password if they have none yet. On demand by staff, and automatically {@code reminderDaysBefore} days
 * before the round closes; either way at most {@code reminderLimit} times per member, and not again within
 * {@code reminderGap}. A round is reminded by one instance at a time (a lock per round), and each reminder is
 * recorded with its mails in one transaction, so none goes out twice.
 */
@Service
@EnableConfigurationProperties(SurveySettings.class)
public class Reminders {

	/** Who sent the automatic reminders, in the reminders' record. */
	static final String AUTOMATIC = "automatic";

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final long LOCK_SPACE = 0x5649_5452_0000L;

	private final SurveyRounds rounds;

	private final Members members;

	private final MemberAccounts accounts;

	private final SurveySettings settings;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PublicUrl publicUrl;

	private final Environment environment;

	private final TransactionTemplate transaction;

	Reminders(SurveyRounds rounds, Members members, MemberAccounts accounts, SurveySettings settings,
			JdbcTemplate jdbc, Clock clock, PublicUrl publicUrl, Environment environment,
			PlatformTransactionManager transactions) {
		this.rounds = rounds;
		this.members = members;
		this.accounts = accounts;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.environment = environment;
		this.transaction = new TransactionTemplate(transactions);
	}

	public SurveySettings settings() {
		return this.settings;
	}

	/**
	 * Reminds now every member of the round that has not submitted and may be reminded (under the limit, past the
	 * gap).
	 * @return how many members were reminded and how many were left out for the limit or the gap
	 * @throws SurveyRefusedException if the round is not open ({@code survey.remind.notOpen})
	 */
	@Transactional
	public Reminded remind(long roundId, String base, String by) {
		SurveyRound round = this.rounds.findById(roundId)
			.orElseThrow(() -> new SurveyRefusedException(null, "survey.unknown"));
		LocalDate today = LocalDate.now(this.clock);
		RoundDetails details = round.details();
		if (today.isBefore(details.opensOn()) || today.isAfter(details.closesOn())) {
			throw new SurveyRefusedException(null, "survey.remind.notOpen");
		}
		lock(roundId);
		return remindDue(round, base, by);
	}

	/** Looks for rounds that close within the configured days and reminds their members automatically, once. */
	@Scheduled(fixedDelayString = "${vitako.survey.reminder-check-interval:10m}", initialDelayString = "PT30S")
	void remindAutomatically() {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> due = this.jdbc.queryForList("""
				select id from survey_round where opens_on <= ? and closes_on >= ? and closes_on - ? <= ?""",
				Long.class, today, today, this.settings.reminderDaysBefore(), today);
		for (long roundId : due) {
			try {
				this.transaction.executeWithoutResult((status) -> {
					if (!tryLock(roundId)) {
						return;
					}
					SurveyRound round = this.rounds.findById(roundId).orElseThrow();
					Reminded reminded = remindDue(round, base(), AUTOMATIC);
					if (reminded.members() > 0) {
						log.info("Reminded {} member(s) of the survey round {} automatically", reminded.members(),
								round.year());
					}
				});
			}
			catch (RuntimeException ex) {
				log.warn("Automatic reminders for survey round {} failed, trying again later: {}", roundId,
						ex.toString());
			}
		}
	}

	/** Reminds the members that have not submitted; automatically, only those not reminded automatically yet. */
	private Reminded remindDue(SurveyRound round, String base, String by) {
		Instant now = Instant.now(this.clock);
		Instant lastAllowed = now.minus(this.settings.reminderGap());
		List<Long> candidates = this.jdbc.queryForList("""
				select i.member_id from survey_invitation i
				join member m on m.id = i.member_id and m.left_at is null
				where i.round_id = ? and i.mailed_at is not null
				  and not exists (select 1 from survey_response r
				                  where r.round_id = i.round_id and r.member_id = i.member_id
				                    and r.submitted_at is not null)
				  and not (? and exists (select 1 from survey_reminder s
				                         where s.round_id = i.round_id and s.member_id = i.member_id
				                           and s.sent_by = ?))
				order by i.member_id""", Long.class, round.id(), by.equals(AUTOMATIC), AUTOMATIC);
		int reminded = 0;
		int skipped = 0;
		for (long memberId : candidates) {
			Map<String, Object> earlier = this.jdbc.queryForMap("""
					select count(*) as sent, max(sent_at) as last from survey_reminder
					where round_id = ? and member_id = ?""", round.id(), memberId);
			long sent = ((Number) earlier.get("sent")).longValue();
			Timestamp last = (Timestamp) earlier.get("last");
			if (sent >= this.settings.reminderLimit() || (last != null && last.toInstant().isAfter(lastAllowed))) {
				skipped++;
				continue;
			}
			Member member = this.members.findById(memberId).orElseThrow();
			for (MemberContact contact : member.activeContacts()) {
				this.accounts.remind(contact, member.details(), round.details(), round.id(), base, by);
			}
			this.jdbc.update("insert into survey_reminder (round_id, member_id, sent_by, sent_at) values (?, ?, ?, ?)",
					round.id(), memberId, by, Timestamp.from(now));
			reminded++;
		}
		return new Reminded(reminded, skipped);
	}

	/** The site's address for links in mails sent with no request: configured, or this instance's own. */
	private String base() {
		return this.publicUrl.configured().orElseGet(() -> "http://localhost:"
				+ this.environment.getProperty("local.server.port", this.environment.getProperty("server.port",
						"8080")));
	}

	private void lock(long roundId) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_SPACE + roundId);
	}

	private boolean tryLock(long roundId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
				LOCK_SPACE + roundId));
	}

	/**
	 * What a reminder run did.
	 *
	 * @param members how many members were reminded
	 * @param skipped how many were not, for the limit or the gap
	 */
	public record Reminded(int members, int skipped) {
	}

}
