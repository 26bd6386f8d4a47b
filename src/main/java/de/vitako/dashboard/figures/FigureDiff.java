package de.vitako.dashboard.figures;

/**
 * How one figure in the draft differs from the latest release.
 *
 * @param published as the latest release has it; {@code null} when the draft adds the figure
 * @param draft as the draft has it; {@code null} when the draft removes the figure
 * @param lastEditor who last changed the figure in the draft, if the history knows
 */
public record FigureDiff(String metric, String segment, int year, FigureContent published, FigureContent draft,
		String lastEditor) {

	public Kind kind() {
		if (this.published == null) {
			return Kind.ADDED;
		}
		return (this.draft == null) ? Kind.REMOVED : Kind.CORRECTED;
	}

	/** What the draft does to the figure. */
	public enum Kind {

		ADDED, CORRECTED, REMOVED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
