package de.vitako.dashboard.spreadsheets;

import java.util.List;
import java.util.Locale;


/**
 * A spreadsheet's cells as read from an uploaded file: its header row and its data rows, each with its row number
 * as a spreadsheet program shows it (the header is row 1).
 *
 * @param kind what the file is, as the preview names it ("CSV", "Excel, Blatt …")
 * @param numbers how the file writes decimals: {@link NumberStyle#GERMAN} ({@code 1.234,5}) for a file separated by
 * semicolons (Excel's German CSV), else {@link NumberStyle#ENGLISH}; an {@code .xlsx}'s typed numbers are written
 * the English way ({@code 73.1})
 * @param problems cells that cannot be read as what they show (an {@code .xlsx}'s formulas and dates)
 */
public record Sheet(String kind, List<String> header, List<Row> rows, NumberStyle numbers, List<CellProblem> problems) {

	public Sheet(String kind, List<String> header, List<Row> rows, NumberStyle numbers) {
		this(kind, header, rows, numbers, List.of());
	}

	/**
	 * Reads an uploaded file by what its bytes are, whatever its name says: a zip archive as an Excel workbook, an
	 * old binary Excel file not at all, anything else as CSV.
	 */
	public static Sheet read(String fileName, byte[] bytes) throws ImportRefusedException {
		if (XlsxSheetReader.isZip(bytes)) {
			return XlsxSheetReader.read(bytes);
		}
		if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && bytes[2] == 0x11
				&& (bytes[3] & 0xFF) == 0xE0) {
			throw new ImportRefusedException("import.xls");
		}
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") && bytes.length > 0) {
			throw new ImportRefusedException("import.xlsx.unreadable");
		}
		return CsvSheetReader.read(bytes);
	}

	/** One data row: its number in the file and its cells, as many as the header has. */
	public record Row(int number, List<String> cells) {

		public String cell(int column) {
			return column < this.cells.size() ? this.cells.get(column) : "";
		}

		public boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	/**
	 * A cell the file holds in a way an import cannot take: its row, its column (0-based), its address as a
	 * spreadsheet program shows it ({@code D5}), and a message key that takes the address.
	 */
	public record CellProblem(int row, int column, String address, String key) {
	}

	/** How a file writes its decimals, as the spreadsheet program that wrote it does. */
	public enum NumberStyle {

		GERMAN, ENGLISH

	}

}
