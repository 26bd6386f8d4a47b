package de.vitako.dashboard.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the admin area.
 *
 * @param username name of the first admin, created at start-up when none exists ({@code VITAKO_ADMIN_USERNAME})
 * @param password that admin's password ({@code VITAKO_ADMIN_PASSWORD}); empty: generated on the embedded
 * database, no admin on an external one
 * @param lockout how long a user name stays locked for one client address after too many failed logins
 */
@ConfigurationProperties("vitako.admin")
record AdminProperties(@DefaultValue("admin") String username, @DefaultValue("") String password,
		@DefaultValue("5m") Duration lockout) {
}
