package de.vitako.dashboard.config;

import java.util.List;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's own database role can read and write data, but it is no superuser and owns nothing: the
 * history is append-only even for it, and it cannot reach the server's operating system.
 */
@IntegrationTest
class DatabaseRolesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void worksAsARoleThatIsNoSuperuserAndOwnsNoTable() {
		assertThat(this.jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb from pg_roles "
				+ "where rolname = current_user", Boolean.class)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = "
				+ "c.relnamespace where n.nspname = 'public' and c.relowner = current_user::regrole", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from figure", Integer.class)).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "figure_change", "account_change" })
	void cannotRewriteTheHistory(String history) {
		int before = this.jdbc.queryForObject("select count(*) from " + history, Integer.class);
		for (String attack : List.of("truncate " + history, "alter table " + history + " disable trigger all",
				"alter table " + history + " disable trigger " + history + "_append_only", "drop table " + history,
				"update " + history + " set changed_by = 'x'", "delete from " + history,
				"drop trigger " + history + "_append_only on " + history,
				"create or replace function refuse_history_rewrite() returns trigger language plpgsql as "
						+ "$$ begin return old; end; $$")) {
			assertThatExceptionOfType(DataAccessException.class).as(attack)
				.isThrownBy(() -> this.jdbc.execute(attack));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from " + history, Integer.class)).isEqualTo(before);
	}

	@Test
	void cannotChangeTheSchemaOrReachTheOperatingSystem() {
		for (String attack : List.of("create table intruder (id int)", "alter table figure add column x int",
				"drop table spring_session", "copy (select 1) to program 'true'",
				"insert into flyway_schema_history (installed_rank) values (999)", "create extension if not exists plpython3u")) {
			assertThatExceptionOfType(DataAccessException.class).as(attack)
				.isThrownBy(() -> this.jdbc.execute(attack));
		}
	}

}
