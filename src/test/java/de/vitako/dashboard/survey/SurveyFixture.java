package de.vitako.dashboard.survey;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * Members and rounds for the survey's tests, made through the module's own services: a member with its contacts,
 * and a round of a given year, open from yesterday for a month (or as asked), whose invitations went out.
 */
class SurveyFixture {

	private final MemberRegistry members;

	private final SurveyPlanner planner;

	SurveyFixture(MemberRegistry members, SurveyPlanner planner) {
		this.members = members;
		this.planner = planner;
	}

	/** A member with a contact per e-mail address, the first in English if it starts with {@code en:}. */
	long member(String name, String... emails) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = this.members.add(new MemberDetails(name, name.replace(' ', '-') + "-" + tag, "data_centre", "NW",
				null), "test");
		for (String email : emails) {
			boolean english = email.startsWith("en:");
			String address = english ? email.substring(3) : email;
			this.members.addContact(id, this.members.get(id).orElseThrow().version(),
					new ContactDetails(address.substring(0, address.indexOf('@')), address, english ? "en" : "de"));
		}
		return id;
	}

	/** A round open from yesterday for a month, asking these questions ({@code metric:kind}), its mails sent. */
	long round(int year, Set<Long> invited, String... questions) {
		LocalDate today = LocalDate.now();
		long id = this.planner.create(details(year, today.minusDays(1), today.plusDays(30)), "test");
		for (String question : questions) {
			String[] parts = question.split(":");
			this.planner.ask(id, version(id), parts[0], parts[1], null);
		}
		this.planner.invite(id, version(id), invited, "test");
		this.planner.send(id, version(id), "http://localhost", "test");
		return id;
	}

	/** Moves the round's dates: it opens and closes on these days. */
	void dates(long round, LocalDate opens, LocalDate closes) {
		int year = this.planner.get(round).orElseThrow().details().year();
		this.planner.describe(round, version(round), details(year, opens, closes));
	}

	private static RoundDetails details(int year, LocalDate opens, LocalDate closes) {
		return new RoundDetails(year, new LocalizedText("Mitgliederumfrage " + year, "Member survey " + year), opens,
				closes);
	}

	long version(long round) {
		return this.planner.get(round).orElseThrow().version();
	}

}
