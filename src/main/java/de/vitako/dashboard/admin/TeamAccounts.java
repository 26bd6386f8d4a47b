package de.vitako.dashboard.admin;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import de.vitako.dashboard.shared.UserNames;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The team's accounts: created, changed, deactivated and reactivated by admins, never deleted. Every action is
 * recorded in the account's history in the same transaction. An account that is deactivated, changes its role or
 * gets a new password loses its sessions at once; sessions live in PostgreSQL, so on every instance.
 */
@Service
class TeamAccounts {

	private static final String SELECT = """
			select id, username, display_name, role, enabled, must_change_password, version, created_at
			from admin_user""";

	/** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
	private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final PasswordEncoder encoder;

	private final FindByIndexNameSessionRepository<?> sessions;

	TeamAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, FindByIndexNameSessionRepository<?> sessions) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.sessions = sessions;
	}

	List<Account> all() {
		return this.jdbc.query(SELECT + " order by enabled desc, username_key", TeamAccounts::account);
	}

	/** The account, or a 404 for the page that asked. */
	Account get(long id) {
		return this.jdbc.query(SELECT + " where id = ?", TeamAccounts::account, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Optional<Account> byUsername(String username) {
		return this.jdbc.query(SELECT + " where username_key = ?", TeamAccounts::account, UserNames.key(username))
			.stream()
			.findFirst();
	}

	List<AccountChange> history(long id) {
		return this.jdbc.query("""
				select action, old_role, new_role, old_display_name, new_display_name, changed_by, changed_at
				from account_change where account_id = ? order by changed_at desc, id desc""",
				(rs, row) -> new AccountChange(rs.getString(1), role(rs.getString(2)), role(rs.getString(3)),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
				id);
	}

	/** Creates an account with a one-time password, which is returned to be shown once. */
	@Transactional
	OneTimePassword create(String username, String displayName, Role role, String by) {
		if (byUsername(username).isPresent()) {
			throw new AccountRefusedException("account.username.taken");
		}
		String password = oneTimePassword();
		Long id = this.jdbc.queryForObject("""
				insert into admin_user (username, password_hash, display_name, role, must_change_password)
				values (?, ?, ?, ?, true) returning id""", Long.class, username, this.encoder.encode(password),
				displayName, role.code());
		record(id, "create", null, role, null, displayName, by);
		return new OneTimePassword(get(id), password);
	}

	/** Changes the display name and the role, unless the account changed since the form was shown. */
	@Transactional
	Account update(long id, long version, String displayName, Role role, String by) {
		Account account = lock(id, version);
		if (account.displayName().equals(displayName) && account.role() == role) {
			return account;
		}
		if (account.role() == Role.ADMIN && role != Role.ADMIN) {
			requireAnotherActiveAdmin(account);
		}
		this.jdbc.update("update admin_user set display_name = ?, role = ?, version = version + 1 where id = ?",
				displayName, role.code(), id);
		record(id, "update", account.role(), role, account.displayName(), displayName, by);
		if (account.role() != role) {
			endSessions(account.username());
		}
		return get(id);
	}

	@Transactional
	Account deactivate(long id, long version, String by) {
		Account account = lock(id, version);
		if (!account.active()) {
			return account;
		}
		if (account.role() == Role.ADMIN) {
			requireAnotherActiveAdmin(account);
		}
		this.jdbc.update("update admin_user set enabled = false, version = version + 1 where id = ?", id);
		record(id, "deactivate", account.role(), account.role(), null, null, by);
		endSessions(account.username());
		return get(id);
	}

	@Transactional
	Account reactivate(long id, long version, String by) {
		Account account = lock(id, version);
		if (account.active()) {
			return account;
		}
		this.jdbc.update("update admin_user set enabled = true, version = version + 1 where id = ?", id);
		record(id, "reactivate", account.role(), account.role(), null, null, by);
		return get(id);
	}

	/** Sets a one-time password, returned to be shown once, and ends the account's sessions. */
	@Transactional
	OneTimePassword resetPassword(long id, long version, String by) {
		Account account = lock(id, version);
		String password = oneTimePassword();
		this.jdbc.update("""
				update admin_user set password_hash = ?, must_change_password = true, version = version + 1
				where id = ?""", this.encoder.encode(password), id);
		record(id, "reset_password", account.role(), account.role(), null, null, by);
		endSessions(account.username());
		return new OneTimePassword(get(id), password);
	}

	/**
	 * Sets the account's own new password after checking the current one; the other sessions of the account end.
	 * The message key of a refusal names the rule.
	 */
	@Transactional
	void changeOwnPassword(String username, String current, String chosen, String keepSession) {
		Account account = byUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String hash = this.jdbc.queryForObject("select password_hash from admin_user where id = ? for update",
				String.class, account.id());
		if (!this.encoder.matches(current, hash)) {
			throw new AccountRefusedException("account.password.currentWrong");
		}
		if (this.encoder.matches(chosen, hash)) {
			throw new AccountRefusedException("account.password.same");
		}
		this.jdbc.update("""
				update admin_user set password_hash = ?, must_change_password = false, version = version + 1
				where id = ?""", this.encoder.encode(chosen), account.id());
		record(account.id(), "change_password", account.role(), account.role(), null, null, account.username());
		this.sessions.findByPrincipalName(account.username())
			.keySet()
			.stream()
			.filter((session) -> !session.equals(keepSession))
			.forEach(this.sessions::deleteById);
	}

	private Account lock(long id, long version) {
		Account account = this.jdbc.query(SELECT + " where id = ? for update", TeamAccounts::account, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (account.version() != version) {
			throw new AccountRefusedException("account.changedMeanwhile");
		}
		return account;
	}

	/** Locks every active admin, so that two admins who demote each other at once cannot both succeed. */
	private void requireAnotherActiveAdmin(Account account) {
		List<Long> admins = this.jdbc.queryForList(
				"select id from admin_user where role = 'admin' and enabled order by id for update", Long.class);
		if (admins.stream().noneMatch((admin) -> admin != account.id())) {
			throw new AccountRefusedException("account.lastAdmin");
		}
	}

	private void endSessions(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

	private void record(long id, String action, Role oldRole, Role newRole, String oldName, String newName,
			String by) {
		this.jdbc.update("""
				insert into account_change (account_id, action, old_role, new_role, old_display_name,
				                            new_display_name, changed_by)
				values (?, ?, ?, ?, ?, ?, ?)""", id, action, (oldRole != null) ? oldRole.code() : null,
				(newRole != null) ? newRole.code() : null, oldName, newName, by);
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ONE_TIME_ALPHABET[this.random.nextInt(ONE_TIME_ALPHABET.length)]);
		}
		return password.toString();
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Role.of(rs.getString(4)),
				rs.getBoolean(5), rs.getBoolean(6), rs.getLong(7), rs.getTimestamp(8).toInstant());
	}

	private static Role role(String code) {
		return (code != null) ? Role.of(code) : null;
	}

	/** A password set by an admin, to be shown once and changed at the next login. */
	record OneTimePassword(Account account, String password) {
	}

}
