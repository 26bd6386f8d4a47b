package de.vitako.dashboard.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Roles are enforced on the URL and the method, not by hiding buttons: every role (and nobody) against every admin
 * URL with every method, and a member's contact, who may use the members' area and nothing of the admin area,
 * which no staff role may use in turn. A role below the URL's gets 403 before any handler runs, nobody is sent to
 * the login, and a role that may gets past security (its answer is the handler's: a page, a redirect, a 400 for an
 * empty form, a 404 for a missing record, or a 405 for a method the URL does not take; never a 500). The requests
 * carry no valid form, so nothing is stored.
 */
@IntegrationTest
class RoleMatrixTests {

	/** The staff's roles and a member's contact, who is outside their order. */
	private static final List<String> ROLES = List.of("EDITOR", "PUBLISHER", "SURVEY", "ADMIN", "MEMBER");

	/** What each staff role includes: publishers and survey staff are editors too; an admin is everything. */
	private static final Map<String, Set<String>> INCLUDES = Map.of("EDITOR", Set.of("EDITOR"), "PUBLISHER",
			Set.of("PUBLISHER", "EDITOR"), "SURVEY", Set.of("SURVEY", "EDITOR"), "ADMIN",
			Set.of("ADMIN", "SURVEY", "PUBLISHER", "EDITOR"));

	/** The matrix's member logs in as a contact of a member organisation, which the test makes. */
	private static final String MEMBER_LOGIN = "matrix-member@example.org";

	/** Each admin URL and the least role that may use it. */
	private static final List<String[]> URLS = List.of(
			new String[] { "/admin", "EDITOR" },
			new String[] { "/admin/figures", "EDITOR" },
			new String[] { "/admin/figures/1/edit", "EDITOR" },
			new String[] { "/admin/figures/1/delete", "EDITOR" },
			new String[] { "/admin/figures/discard", "EDITOR" },
			new String[] { "/admin/metrics/employees/years/new", "EDITOR" },
			new String[] { "/admin/history", "EDITOR" },
			new String[] { "/admin/history/1/restore", "EDITOR" },
			new String[] { "/admin/preview/", "EDITOR" },
			new String[] { "/admin/import", "EDITOR" },
			new String[] { "/admin/import/preview", "EDITOR" },
			new String[] { "/admin/import/apply", "EDITOR" },
			new String[] { "/admin/import/cancel", "EDITOR" },
			new String[] { "/admin/import/1/undo", "EDITOR" },
			new String[] { "/admin/import/template.csv", "EDITOR" },
			new String[] { "/admin/import/template.xlsx", "EDITOR" },
			new String[] { "/admin/catalogue", "EDITOR" },
			new String[] { "/admin/catalogue/new", "EDITOR" },
			new String[] { "/admin/catalogue/employees", "EDITOR" },
			new String[] { "/admin/catalogue/employees/move", "EDITOR" },
			new String[] { "/admin/catalogue/employees/retire", "EDITOR" },
			new String[] { "/admin/catalogue/employees/reinstate", "EDITOR" },
			new String[] { "/admin/catalogue/employees/delete", "EDITOR" },
			new String[] { "/admin/catalogue/employees/segments", "EDITOR" },
			new String[] { "/admin/catalogue/employees/segments/total", "EDITOR" },
			new String[] { "/admin/catalogue/employees/segments/total/move", "EDITOR" },
			new String[] { "/admin/catalogue/employees/segments/total/retire", "EDITOR" },
			new String[] { "/admin/catalogue/tiles", "EDITOR" },
			new String[] { "/admin/catalogue/tiles/1/move", "EDITOR" },
			new String[] { "/admin/catalogue/tiles/1/remove", "EDITOR" },
			new String[] { "/admin/sources", "EDITOR" },
			new String[] { "/admin/sources/1", "EDITOR" },
			new String[] { "/admin/sources/1/delete", "EDITOR" },
			new String[] { "/admin/publish", "PUBLISHER" },
			new String[] { "/admin/publish/cancel", "PUBLISHER" },
			new String[] { "/admin/accounts", "ADMIN" },
			new String[] { "/admin/accounts/new", "ADMIN" },
			new String[] { "/admin/accounts/1", "ADMIN" },
			new String[] { "/admin/accounts/1/deactivate", "ADMIN" },
			new String[] { "/admin/accounts/1/reactivate", "ADMIN" },
			new String[] { "/admin/accounts/1/password-reset", "ADMIN" },
			new String[] { "/admin/outbox", "ADMIN" },
			new String[] { "/admin/members", "SURVEY" },
			new String[] { "/admin/members/1", "SURVEY" },
			new String[] { "/admin/members/1/contacts", "SURVEY" },
			new String[] { "/admin/members/1/contacts/1/remove", "SURVEY" },
			new String[] { "/admin/members/1/contacts/1/invite", "SURVEY" },
			new String[] { "/admin/members/1/leave", "SURVEY" },
			new String[] { "/admin/members/1/rejoin", "SURVEY" },
			new String[] { "/admin/members/import", "SURVEY" },
			new String[] { "/admin/members/import/apply", "SURVEY" },
			new String[] { "/admin/members/import/cancel", "SURVEY" },
			new String[] { "/admin/members/import/members.csv", "SURVEY" },
			new String[] { "/admin/surveys", "SURVEY" },
			new String[] { "/admin/surveys/1", "SURVEY" },
			new String[] { "/admin/surveys/1/questions", "SURVEY" },
			new String[] { "/admin/surveys/1/questions/employees/remove", "SURVEY" },
			new String[] { "/admin/surveys/1/invitations", "SURVEY" },
			new String[] { "/admin/surveys/1/send", "SURVEY" },
			new String[] { "/admin/surveys/1/responses", "SURVEY" },
			new String[] { "/admin/surveys/1/responses/members.csv", "SURVEY" },
			new String[] { "/admin/surveys/1/responses/questions.csv", "SURVEY" },
			new String[] { "/admin/surveys/1/responses/1", "SURVEY" },
			new String[] { "/admin/surveys/1/responses/1/reopen", "SURVEY" },
			new String[] { "/admin/surveys/1/responses/remind", "SURVEY" },
			new String[] { "/admin/surveys/1/results", "SURVEY" },
			new String[] { "/admin/surveys/1/responses/1/results", "SURVEY" },
			new String[] { "/admin/surveys/1/results/apply", "SURVEY" },
			new String[] { "/admin/surveys/1/results/threshold", "SURVEY" },
			new String[] { "/admin/password", "STAFF" },
			new String[] { "/member", "MEMBER" },
			new String[] { "/member/surveys/1", "MEMBER" },
			new String[] { "/member/surveys/1/questionnaire.xlsx", "MEMBER" },
			new String[] { "/member/surveys/1/upload", "MEMBER" },
			new String[] { "/member/surveys/1/upload/apply", "MEMBER" },
			new String[] { "/member/surveys/1/upload/cancel", "MEMBER" },
			new String[] { "/member/surveys/1/results", "MEMBER" },
			new String[] { "/member/surveys/1/results.csv", "MEMBER" },
			new String[] { "/member/surveys/1/results.xlsx", "MEMBER" });

	private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
			HttpMethod.DELETE, HttpMethod.PATCH);

	private static int cases;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> matrix() {
		List<Arguments> all = new ArrayList<>();
		for (String[] url : URLS) {
			for (HttpMethod method : METHODS) {
				all.add(Arguments.of(url[0], url[1], method, null));
				for (String role : ROLES) {
					all.add(Arguments.of(url[0], url[1], method, role));
				}
			}
		}
		return all.stream();
	}

	private static boolean memberMade;

	@BeforeEach
	void aMemberToLogInAs() {
		if (memberMade) {
			return;
		}
		memberMade = true;
		this.jdbc.update("""
				insert into member (name, short_name, kind, created_by, created_at)
				select 'Matrix', 'matrix', 'other', 'test', now()
				where not exists (select 1 from member where short_name = 'matrix')""");
		this.jdbc.update("""
				insert into member_contact (member_id, name, email, language, created_at)
				select id, 'Matrix', ?, 'de', now() from member where short_name = 'matrix'
				and not exists (select 1 from member_contact where email = ?)""", MEMBER_LOGIN, MEMBER_LOGIN);
	}

	@ParameterizedTest(name = "{3} {2} {0}")
	@MethodSource("matrix")
	void enforcesTheRoleOfEveryAdminUrlForEveryMethod(String url, String least, HttpMethod method, String role) {
		var request = this.mvc.method(method).uri(url).with(csrf());
		if (role != null) {
			request = request.with(user("MEMBER".equals(role) ? MEMBER_LOGIN : "matrix-" + role.toLowerCase())
				.roles(role));
		}
		MvcTestResult result = request.exchange();
		int status = result.getResponse().getStatus();
		if (role == null) {
			assertThat(status).as("nobody is sent to the login").isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		else if (allowed(role, least)) {
			assertThat(status).as("%s may use %s %s", role, method, url).isNotIn(401, 403).isLessThan(500);
			assertThat(String.valueOf(result.getResponse().getRedirectedUrl())).as("no login").doesNotEndWith("/login");
		}
		else {
			assertThat(status).as("%s may not use %s %s", role, method, url).isEqualTo(403);
		}
		cases++;
	}

	@AfterAll
	static void coveredTheWholeMatrix() {
		assertThat(cases).isEqualTo(URLS.size() * METHODS.size() * (ROLES.size() + 1));
	}

	private static boolean allowed(String role, String least) {
		if ("MEMBER".equals(role) || "MEMBER".equals(least)) {
			return role.equals(least);
		}
		return "STAFF".equals(least) || INCLUDES.get(role).contains(least);
	}

}
