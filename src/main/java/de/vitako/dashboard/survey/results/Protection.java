package de.vitako.dashboard.survey.results;

/** Why a cell of a round's results is not published. */
public enum Protection {

	/** It rests on fewer members than the frequency rule asks for. */
	FREQUENCY,

	/** Its largest parts make up too much of it (the (n,k) dominance rule). */
	DOMINANCE,

	/**
	 * It is published in no other cell's place: its segments add up to 100 per cent, and the one confidential cell
	 * could otherwise be computed from the others.
	 */
	SECONDARY,

	/**
	 * It is held back: against what an earlier result of the round published, it differs by the answers of too few
	 * members, and the difference would give them away. The draft keeps the earlier cell.
	 */
	DIFFERENCE;

	/** Its code in message keys: {@code frequency}, … */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
