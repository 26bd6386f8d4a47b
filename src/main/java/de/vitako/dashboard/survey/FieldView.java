package de.vitako.dashboard.survey;

/**
 * A number or rating field of the questionnaire as its page shows it, every text ready: the page repeats it for
 * each question and segment, so it does no work of its own. Its values are JavaBean properties because the page
 * reads properties ({@code f.id}) much faster than it calls methods.
 */
public final class FieldView {

	private final String name;

	private final String label;

	private final boolean rating;

	private final String value;

	private final boolean declined;

	private final String problem;

	private final String conflict;

	private final String last;

	private final String lastPlain;

	private final boolean showJump;

	private final String note;

	private final boolean confirmed;

	private final String noteProblem;

	private final String base;

	/**
	 * @param name the answer's place, {@code devices_ordered-schools}, from which the inputs' names and ids are made
	 * @param rating whether it asks for a rating (else a number)
	 * @param value what the field holds, as typed or as stored
	 * @param problem the message of what was typed, {@code null} for none
	 * @param conflict another contact's answer saved meanwhile, {@code null} for none
	 * @param last last year's answer as text, {@code null} for none
	 * @param lastPlain last year's value as a plain number for the check while typing, {@code null} for none
	 * @param showJump whether the request to confirm or explain a jump against last year shows now
	 * @param noteProblem the message of a note too long, {@code null} for none
	 * @param base the answer the form was opened with, as its hidden field holds it
	 */
	FieldView(String name, String label, boolean rating, String value, boolean declined, String problem,
			String conflict, String last, String lastPlain, boolean showJump, String note, boolean confirmed,
			String noteProblem, String base) {
		this.name = name;
		this.label = label;
		this.rating = rating;
		this.value = value;
		this.declined = declined;
		this.problem = problem;
		this.conflict = conflict;
		this.last = last;
		this.lastPlain = lastPlain;
		this.showJump = showJump;
		this.note = note;
		this.confirmed = confirmed;
		this.noteProblem = noteProblem;
		this.base = base;
	}

	public String getId() {
		return "value-" + this.name;
	}

	public String getName() {
		return this.name;
	}

	public String getLabel() {
		return this.label;
	}

	public boolean isRating() {
		return this.rating;
	}

	public String getValue() {
		return this.value;
	}

	public boolean isDeclined() {
		return this.declined;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getConflict() {
		return this.conflict;
	}

	public String getLast() {
		return this.last;
	}

	public String getLastPlain() {
		return this.lastPlain;
	}

	public boolean isShowJump() {
		return this.showJump;
	}

	public String getNote() {
		return this.note;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public String getNoteProblem() {
		return this.noteProblem;
	}

	public String getBase() {
		return this.base;
	}

	public boolean isInvalid() {
		return this.problem != null || this.conflict != null;
	}

	/** The ids of the texts that describe the field, {@code null} for none. */
	public String getDescribedBy() {
		StringBuilder ids = new StringBuilder();
		if (this.last != null) {
			ids.append("last-").append(this.name);
		}
		if (this.problem != null) {
			ids.append(ids.isEmpty() ? "" : " ").append("error-").append(this.name);
		}
		if (this.conflict != null) {
			ids.append(ids.isEmpty() ? "" : " ").append("conflict-").append(this.name);
		}
		return ids.isEmpty() ? null : ids.toString();
	}

}
