package de.vitako.dashboard.admin.imports;

import java.util.List;

/**
 * A spreadsheet's cells as read from an uploaded file: its header row and its data rows, each with its row number
 * as a spreadsheet program shows it (the header is row 1).
 *
 * @param numbers how the file writes decimals: {@link NumberStyle#GERMAN} ({@code 1.234,5}) for a file separated by
 * semicolons (Excel's German CSV), else {@link NumberStyle#ENGLISH}; an {@code .xlsx} holds typed numbers
 */
record Sheet(String kind, List<String> header, List<Row> rows, NumberStyle numbers) {

	/** One data row: its number in the file and its cells, as many as the header has. */
	record Row(int number, List<String> cells) {

		String cell(int column) {
			return column < this.cells.size() ? this.cells.get(column) : "";
		}

		boolean blank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	/** How a file writes its decimals, as the spreadsheet program that wrote it does. */
	enum NumberStyle {

		GERMAN, ENGLISH

	}

}
