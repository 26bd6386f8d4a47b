package de.vitako.dashboard.admin;

import java.time.Duration;

import de.vitako.dashboard.shared.UserNames;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses logins for a user name from one client address after five failures in a row there, for a few minutes.
 * Kept in the database, so it holds across instances; keyed by name and address, so a stranger elsewhere cannot
 * lock an admin out.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	private final JdbcTemplate jdbc;

	private final Duration lockFor;

	LoginThrottle(JdbcTemplate jdbc, AdminProperties properties) {
		this.jdbc = jdbc;
		this.lockFor = properties.lockout();
	}

	boolean locked(String username, String address) {
		Boolean locked = this.jdbc.queryForObject("""
				select exists (select 1 from login_throttle
				               where username = ? and client_address = ? and locked_until > now())""",
				Boolean.class, key(username), address(address));
		return Boolean.TRUE.equals(locked);
	}

	void failed(String username, String address) {
		this.jdbc.update("""
				insert into login_throttle (username, client_address, failures, last_failure)
				values (?, ?, 1, now())
				on conflict (username, client_address) do update
				set failures = case when login_throttle.locked_until <= now() then 1 else login_throttle.failures + 1 end,
				    last_failure = now(),
				    locked_until = case
				        when login_throttle.locked_until <= now() then null
				        when login_throttle.failures + 1 >= ? then now() + make_interval(secs => ?)
				        else login_throttle.locked_until end""", key(username), address(address), MAX_FAILURES,
				this.lockFor.toSeconds());
	}

	void succeeded(String username, String address) {
		this.jdbc.update("delete from login_throttle where username = ? and client_address = ?", key(username),
				address(address));
	}

	/**
	 * Forgets failures that no longer count: a lock that has run out, or failures older than a lock would last.
	 * Every instance runs it; it is idempotent.
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	void forgetOld() {
		this.jdbc.update("""
				delete from login_throttle
				where greatest(last_failure, coalesce(locked_until, last_failure)) < now() - make_interval(secs => ?)""",
				this.lockFor.toSeconds());
	}

	private static String key(String username) {
		return UserNames.key(username);
	}

	private static String address(String address) {
		return address == null ? "" : (address.length() > 64 ? address.substring(0, 64) : address);
	}

}
