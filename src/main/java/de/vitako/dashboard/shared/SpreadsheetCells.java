package de.vitako.dashboard.shared;

/**
 * Text cells made safe for spreadsheets (our CSV exports, the import's templates), as the OWASP guidance on CSV injection says: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote, so that
 * Excel and LibreOffice show it as text instead of running it as a formula.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + text;
		}
		return text;
	}

	/** The text as it was before {@link #neutralise}: the quote before a formula sign taken away. */
	public static String restore(String text) {
		if (text != null && text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
			return text.substring(1);
		}
		return text;
	}

}
