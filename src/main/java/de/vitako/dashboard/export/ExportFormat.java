package de.vitako.dashboard.export;

/**
 * The two CSV variants: plain RFC 4180 for scripts, and one that German Excel and LibreOffice open correctly.
 */
enum ExportFormat {

	/** Comma, dot decimals, codes, ISO timestamps, UTF-8 without BOM. */
	CSV(','),

	/** Semicolon, decimal comma, UTF-8 with BOM, German headers unless {@code lang=en}. */
	EXCEL(';');

	private final char delimiter;

	ExportFormat(char delimiter) {
		this.delimiter = delimiter;
	}

	char delimiter() {
		return this.delimiter;
	}

}
