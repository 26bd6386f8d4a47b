package de.vitako.dashboard.figures;

/**
 * What a figure from the members' survey rests on: how many members answered (n) of how many were invited. A figure
 * from another source has none.
 *
 * @param respondents the members whose answers the figure rests on
 * @param invited the members invited to answer, at least as many
 */
public record FigureBasis(int respondents, int invited) {

	public FigureBasis {
		if (respondents < 0 || invited < 1 || respondents > invited) {
			throw new IllegalArgumentException("A figure rests on 0 to all of its invited members: " + respondents
					+ " of " + invited);
		}
	}

	/** A basis from two stored columns, {@code null} where they are. */
	public static FigureBasis of(Integer respondents, Integer invited) {
		return (respondents == null || invited == null) ? null : new FigureBasis(respondents, invited);
	}

}
