package de.vitako.dashboard.export;

/**
 * Text cells made safe for spreadsheets, as the OWASP guidance on CSV injection says: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote, so that
 * Excel and LibreOffice show it as text instead of running it as a formula.
 */
final class CsvCells {

	private CsvCells() {
	}

	static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + text;
		}
		return text;
	}

}
