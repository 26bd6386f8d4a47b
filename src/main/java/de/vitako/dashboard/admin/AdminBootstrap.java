package de.vitako.dashboard.admin;

import java.security.SecureRandom;
import java.util.Base64;

import de.vitako.dashboard.config.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first account, an admin, at start-up when there is none: from {@code VITAKO_ADMIN_USERNAME} and
 * {@code VITAKO_ADMIN_PASSWORD}; on the embedded default without a password, with a random one that is logged
 * once; on an external database without a password, not at all (with a warning), and the public site is served.
 * An advisory lock makes instances that start at once create one admin, not two.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final long LOCK_KEY = 0x5649_5441_4b4fL;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final PasswordEncoder encoder;

	private final ObjectProvider<EmbeddedDatabase> embedded;

	private final String username;

	private final String password;

	AdminBootstrap(JdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder encoder,
			ObjectProvider<EmbeddedDatabase> embedded, AdminProperties properties) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.encoder = encoder;
		this.embedded = embedded;
		this.username = properties.username().strip();
		this.password = properties.password();
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, LOCK_KEY);
			Integer admins = this.jdbc.queryForObject("select count(*) from admin_user", Integer.class);
			if (admins != null && admins > 0) {
				return;
			}
			String secret = this.password;
			if (secret.isBlank()) {
				if (this.embedded.getIfAvailable() == null) {
					log.warn("No admin account exists and VITAKO_ADMIN_PASSWORD is not set: the admin area stays "
							+ "closed. Set VITAKO_ADMIN_USERNAME and VITAKO_ADMIN_PASSWORD and restart to create one.");
					return;
				}
				secret = randomPassword();
				log.warn("\n\nCreated the admin '{}' with the generated password: {}\n"
						+ "It is shown only this once. Set VITAKO_ADMIN_PASSWORD to choose one.\n", this.username, secret);
			}
			else {
				log.info("Created the admin '{}' from VITAKO_ADMIN_USERNAME / VITAKO_ADMIN_PASSWORD", this.username);
			}
			Long id = this.jdbc.queryForObject("""
					insert into admin_user (username, password_hash, display_name, role)
					values (?, ?, ?, 'admin') returning id""", Long.class, this.username, this.encoder.encode(secret),
					this.username);
			this.jdbc.update("""
					insert into account_change (account_id, action, new_role, new_display_name, changed_by)
					values (?, 'create', 'admin', ?, 'system')""", id, this.username);
		});
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
