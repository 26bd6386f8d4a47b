package de.vitako.dashboard.admin;

import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.shared.UserNames;
import de.vitako.dashboard.survey.MemberAccounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Logs the team's accounts in: stored in the database with hashed passwords, each with its role. An account whose
 * password was set by an admin gets only the authority to change it ({@link #PASSWORD_CHANGE_REQUIRED}) until it
 * has. A name that is no team account may be a member's contact ({@link MemberAccounts}), who gets the members'
 * area only.
 */
@Component
class AdminAccounts implements UserDetailsService {

	/** The only authority of an account that must change its one-time password first. */
	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final JdbcTemplate jdbc;

	private final MemberAccounts members;

	AdminAccounts(JdbcTemplate jdbc, MemberAccounts members) {
		this.jdbc = jdbc;
		this.members = members;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		List<UserDetails> found = this.jdbc.query("""
				select username, password_hash, enabled, role, must_change_password from admin_user
				where username_key = ?""", (rs, row) -> User.withUsername(rs.getString(1))
			.password(rs.getString(2))
			.disabled(!rs.getBoolean(3))
			.authorities(new SimpleGrantedAuthority(rs.getBoolean(5) ? PASSWORD_CHANGE_REQUIRED
					: "ROLE_" + rs.getString(4).toUpperCase(Locale.ROOT)))
			.build(), UserNames.key(username));
		if (!found.isEmpty()) {
			return found.get(0);
		}
		// not the team's: perhaps a member's contact, who logs in with their e-mail address
		return this.members.login(username)
			.map((member) -> User.withUsername(member.email())
				.password(member.passwordHash())
				.authorities(AdminSecurityConfiguration.MEMBER)
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("No account for that name"));
	}

}
