package de.vitako.dashboard.export;

/**
 * The export formats: plain RFC 4180 CSV for scripts, a CSV that German Excel and LibreOffice open correctly, and
 * an Excel workbook with typed cells.
 */
enum ExportFormat {

	/** Comma, dot decimals, codes, ISO timestamps, UTF-8 without BOM. */
	CSV(','),

	/** Semicolon, decimal comma, UTF-8 with BOM, German headers unless {@code lang=en}. */
	EXCEL(';'),

	/** An Excel workbook (.xlsx): numbers as numbers, German headers unless {@code lang=en}, a metadata sheet. */
	XLSX(',');

	private final char delimiter;

	ExportFormat(char delimiter) {
		this.delimiter = delimiter;
	}

	char delimiter() {
		return this.delimiter;
	}

}
