package de.vitako.dashboard.admin;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Admin accounts, stored in the database with hashed passwords. Every account has the ADMIN role.
 */
@Component
class AdminAccounts implements UserDetailsService {

	private final JdbcTemplate jdbc;

	AdminAccounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		List<UserDetails> found = this.jdbc.query(
				"select username, password_hash, enabled from admin_user where username_key = ?",
				(rs, row) -> User.withUsername(rs.getString(1))
					.password(rs.getString(2))
					.disabled(!rs.getBoolean(3))
					.roles("ADMIN")
					.build(),
				UserNames.key(username));
		if (found.isEmpty()) {
			throw new UsernameNotFoundException("No admin account for that name");
		}
		return found.get(0);
	}

}
