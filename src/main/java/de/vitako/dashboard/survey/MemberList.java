package de.vitako.dashboard.survey;

import java.io.Serializable;
import java.util.List;

/**
 * A list of member organisations with their contacts, as an admin imports it from a spreadsheet: each organisation
 * by its short name, once, with the contacts of its rows.
 */
public record MemberList(List<Entry> entries) implements Serializable {

	/**
	 * An organisation of the list.
	 *
	 * @param row the row of the file it first appears in
	 */
	public record Entry(int row, MemberDetails details, List<ContactDetails> contacts) implements Serializable {
	}

	/**
	 * What importing the list does: organisations added or changed, contacts added; what is in the registry already
	 * stays.
	 *
	 * @param lines one line per change, in the list's order
	 * @param added how many organisations are new
	 * @param changed how many get new details
	 * @param contacts how many contacts are new
	 */
	public record Plan(List<Line> lines, int added, int changed, int contacts) {

		public boolean changesNothing() {
			return this.added + this.changed + this.contacts == 0;
		}

	}

	/**
	 * A change of the import.
	 *
	 * @param kind {@code added}, {@code changed} or {@code contact}
	 * @param shortName the organisation's short name
	 * @param text what changes, for the preview: the name, or the contact's name and address
	 */
	public record Line(String kind, String shortName, String text) {
	}

}
