package de.vitako.dashboard.support;

import java.util.List;

import de.vitako.dashboard.figures.releases.Publisher;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures that tests add to the shared database and always remove again, so that other tests keep seeing exactly
 * the published figures. Every write bumps the data revision, so caches notice both.
 */
public final class FigureFixtures {

	private FigureFixtures() {
	}

	/** A temporary figure of {@code employees} in 2021 with the given note; returns its id. */
	public static long addEmployees2021(JdbcTemplate jdbc, String value, String note) {
		return jdbc.queryForObject("""
				insert into figure (metric_code, segment_code, unit, year, value, source_title, note)
				values ('employees', 'total', 'count', 2021, cast(? as numeric), 'Test fixture', ?) returning id""",
				Long.class, value, note);
	}

	public static void remove(JdbcTemplate jdbc, long id) {
		jdbc.update("delete from figure where id = ?", id);
	}

	/** Adds the figure and publishes it, so that readers see it. */
	public static long publishEmployees2021(JdbcTemplate jdbc, Publisher publisher, String value, String note) {
		long id = addEmployees2021(jdbc, value, note);
		Releases.publish(publisher);
		return id;
	}

	/** Removes the figure and publishes its removal. */
	public static void unpublish(JdbcTemplate jdbc, Publisher publisher, long id) {
		remove(jdbc, id);
		Releases.publish(publisher);
	}

	/** The published figures as (metric, segment, year, value) rows, from ../shared/seed/README.md. */
	public static List<String[]> published() {
		return List.of(
				row("devices_ordered", "schools", 2020, "164400"),
				row("devices_ordered", "municipal_administrations", 2020, "28000"),
				row("devices_ordered", "other", 2020, "4500"),
				row("device_type_share", "tablets", 2020, "73.1"),
				row("device_type_share", "laptops", 2020, "16.9"),
				row("device_type_share", "other", 2020, "8.7"),
				row("device_type_share", "smartphones", 2020, "1.3"),
				row("video_licences", "municipal_administrations", 2019, "430"),
				row("video_licences", "municipal_administrations", 2020, "6000"),
				row("video_licences", "schools", 2019, "3000"),
				row("video_licences", "schools", 2020, "19400"),
				row("vpn_certificates", "municipal_administrations", 2019, "24300"),
				row("vpn_certificates", "municipal_administrations", 2020, "62700"),
				row("supported_workplaces", "total", 2010, "540000"),
				row("supported_workplaces", "total", 2019, "752000"),
				row("workplace_device_share", "stationary", 2010, "83.3"),
				row("workplace_device_share", "mobile", 2010, "16.6"),
				row("workplace_device_share", "stationary", 2019, "71.5"),
				row("workplace_device_share", "mobile", 2019, "28.5"),
				row("employees", "total", 2010, "10550"),
				row("employees", "total", 2012, "11550"),
				row("employees", "total", 2014, "11930"),
				row("employees", "total", 2016, "12600"),
				row("employees", "total", 2018, "14060"),
				row("employees", "total", 2019, "15020"),
				row("outsourcing_willingness", "increasing", 2020, "65.4"),
				row("outsourcing_willingness", "unchanged", 2020, "34.6"),
				row("outsourcing_willingness", "decreasing", 2020, "0"),
				row("topic_relevance", "e_file", 2020, "97.4"),
				row("topic_relevance", "information_security", 2020, "92.3"),
				row("topic_relevance", "citizen_and_employee_portals", 2020, "92.3"),
				row("topic_relevance", "e_procurement_e_invoicing", 2020, "84.6"),
				row("topic_relevance", "cloud_computing", 2020, "66.7"),
				row("topic_relevance", "open_data_open_government", 2020, "52.6"));
	}

	private static String[] row(String metric, String segment, int year, String value) {
		return new String[] { metric, segment, String.valueOf(year), value };
	}

}
