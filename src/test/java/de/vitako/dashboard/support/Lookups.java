package de.vitako.dashboard.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import tools.jackson.databind.JsonNode;

/**
 * Finds one figure in what the exports and the API give: a workbook's row and a JSON list's entry, by segment and
 * year; and the draft's revision that a page's form carries. A test fails where there is none.
 */
public final class Lookups {

	private static final Pattern DRAFT_REVISION = Pattern.compile("name=\"draftRevision\" value=\"(\\d+)\"");

	private Lookups() {
	}

	/** The workbook's row of a segment's figure of a year (the segment's code in column B, the year in C). */
	public static Row row(XSSFSheet sheet, String segment, int year) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && segment.equals(row.getCell(1).getStringCellValue())
					&& row.getCell(2).getNumericCellValue() == year) {
				return row;
			}
		}
		throw new AssertionError("no row " + segment + " " + year);
	}

	/** The API's figure of a segment and year in a list of figures. */
	public static JsonNode figure(JsonNode figures, String segment, int year) {
		for (JsonNode figure : figures) {
			if (segment.equals(figure.get("segment").asString()) && figure.get("year").asInt() == year) {
				return figure;
			}
		}
		throw new AssertionError("no figure " + segment + " " + year + " in " + figures);
	}

	/** The draft's revision in the page's form (its hidden field), as the form would send it. */
	public static String draftRevision(String page) {
		Matcher matcher = DRAFT_REVISION.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no draft revision in " + page);
		}
		return matcher.group(1);
	}

}
