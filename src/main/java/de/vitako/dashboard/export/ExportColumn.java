package de.vitako.dashboard.export;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of every export, spelled once, in their order: the machine header and the data package's fields
 * ({@link #name}), the Excel variant's and the workbook's German and English headers, and each field's type and
 * description in the data package.
 */
enum ExportColumn {

	METRIC("metric", "Kennzahl (Code)", "Metric (code)", "string", "Metric code (snake_case, stable)"),

	SEGMENT("segment", "Bereich (Code)", "Segment (code)", "string", "Segment code (snake_case, stable)"),

	YEAR("year", "Jahr", "Year", "year", "Year the figure belongs to"),

	VALUE("value", "Wert", "Value", "number",
			"Exact value, dot decimal, no thousands separator; empty for a confidential figure"),

	STATUS("status", "Vermerk", "Flag", "string",
			"Value flag: provisional, estimated, revised, confidential or break; empty for a normal, final value"),

	UNIT("unit", "Einheit", "Unit", "string", "count, percent (0-100) or euro"),

	METRIC_LABEL("metric_label", "Kennzahl", "Metric", "string", "Metric name in the language asked for (lang=de|en)"),

	SEGMENT_LABEL("segment_label", "Bereich", "Segment", "string", "Segment name as this metric labels it"),

	SOURCE("source", "Quelle", "Source", "string", "Source document and page"),

	NOTE("note", "Anmerkung", "Note (German)", "string",
			"Optional note in German; a leading = + - @ is escaped with ' (CSV injection)"),

	NOTE_EN("note_en", "Anmerkung (Englisch)", "Note (English)", "string",
			"The same note in English, where there is one; escaped as the German one"),

	UPDATED_AT("updated_at", "Geändert am (UTC)", "Updated at (UTC)", "datetime", "Last change, ISO 8601 in UTC"),

	RESPONDENTS("respondents", "Antworten (n)", "Respondents (n)", "integer",
			"Members whose answers a figure from the members' survey rests on; empty for other figures"),

	INVITED("invited", "Eingeladen", "Invited", "integer",
			"Members invited to the survey the figure comes from; empty for other figures");

	/** The machine variant's header, also the data package's field names. */
	static final List<String> MACHINE_HEADER = Arrays.stream(values()).map(ExportColumn::code).toList();

	/** The Excel variant's and the workbook's header in German. */
	static final List<String> HEADER_DE = Arrays.stream(values()).map((c) -> c.german).toList();

	/** The Excel variant's and the workbook's header in English. */
	static final List<String> HEADER_EN = Arrays.stream(values()).map((c) -> c.english).toList();

	private final String code;

	private final String german;

	private final String english;

	private final String type;

	private final String description;

	ExportColumn(String code, String german, String english, String type, String description) {
		this.code = code;
		this.german = german;
		this.english = english;
		this.type = type;
		this.description = description;
	}

	String code() {
		return this.code;
	}

	/** The Frictionless table schema's type. */
	String type() {
		return this.type;
	}

	String description() {
		return this.description;
	}

}
