package de.vitako.dashboard.admin.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.vitako.dashboard.spreadsheets.ImportRefusedException;

/**
 * Which column of a sheet holds what, found by the header's names in German or English, in any order: the names
 * of both CSV exports (machine and Excel, German and English) and the plain words an admin would write. A metric
 * or segment column may hold codes or labels. The exports' other columns (unit, labels beside codes, time of the
 * last change) are ignored quietly; any other column is ignored with a notice.
 */
final class ImportColumns {

	/** The fields an import reads; the first four are required. */
	enum Field {

		METRIC(true), SEGMENT(true), YEAR(true), VALUE(true), STATUS(false), SOURCE(false), PAGE(false), NOTE(false),
		NOTE_EN(false), RESPONDENTS(false), INVITED(false);

		private final boolean required;

		Field(boolean required) {
			this.required = required;
		}

		boolean required() {
			return this.required;
		}

	}

	/** For each field, the header names that hold it, the most specific first (a code before a label). */
	private static final Map<Field, List<String>> NAMES = new EnumMap<>(Map.ofEntries(
			Map.entry(Field.METRIC, List.of("metric (code)", "kennzahl (code)", "metric", "kennzahl", "metric_label")),
			Map.entry(Field.SEGMENT,
					List.of("segment (code)", "bereich (code)", "segment", "bereich", "segment_label")),
			Map.entry(Field.YEAR, List.of("year", "jahr")),
			Map.entry(Field.VALUE, List.of("value", "wert")),
			Map.entry(Field.STATUS, List.of("status", "vermerk", "flag")),
			Map.entry(Field.SOURCE, List.of("source", "quelle", "source_title")),
			Map.entry(Field.PAGE, List.of("page", "seite", "source_page")),
			Map.entry(Field.NOTE, List.of("note", "anmerkung", "note (german)")),
			Map.entry(Field.NOTE_EN, List.of("note_en", "anmerkung (englisch)", "note (english)")),
			Map.entry(Field.RESPONDENTS,
					List.of("respondents", "antworten (n)", "respondents (n)", "antworten", "n")),
			Map.entry(Field.INVITED, List.of("invited", "eingeladen"))));

	/** The exports' columns that an import does not need. */
	private static final Set<String> EXPORT_ONLY = Set.of("unit", "einheit", "metric_label", "segment_label",
			"metric", "kennzahl", "segment", "bereich", "updated_at", "updated at (utc)", "geändert am (utc)");

	private final Map<Field, Integer> columns;

	private final List<String> ignored;

	private ImportColumns(Map<Field, Integer> columns, List<String> ignored) {
		this.columns = columns;
		this.ignored = ignored;
	}

	static ImportColumns of(List<String> header) throws ImportRefusedException {
		List<String> names = header.stream().map(ImportColumns::normalise).toList();
		Map<Field, Integer> columns = new EnumMap<>(Field.class);
		for (Field field : Field.values()) {
			for (String name : NAMES.get(field)) {
				int index = names.indexOf(name);
				if (index >= 0 && !columns.containsValue(index)) {
					columns.put(field, index);
					break;
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Field field : Field.values()) {
			if (field.required() && !columns.containsKey(field)) {
				missing.add(field.name().toLowerCase(Locale.ROOT));
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportRefusedException("import.missingColumns", String.join(", ", missing));
		}
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			if (!columns.containsValue(i) && !header.get(i).isBlank() && !EXPORT_ONLY.contains(names.get(i))) {
				ignored.add(header.get(i).strip());
			}
		}
		return new ImportColumns(columns, List.copyOf(ignored));
	}

	/** The column of a field, if the sheet has it. */
	Optional<Integer> column(Field field) {
		return Optional.ofNullable(this.columns.get(field));
	}

	/** Whether the import reads the column at {@code index} (0-based). */
	boolean reads(int index) {
		return this.columns.containsValue(index);
	}

	/** The column's header as the file writes it, for messages. */
	String name(Field field, List<String> header) {
		return column(field).map((i) -> header.get(i).strip()).orElse(field.name().toLowerCase(Locale.ROOT));
	}

	/** Columns nobody asked for, ignored with a notice. */
	List<String> ignored() {
		return this.ignored;
	}

	private static String normalise(String name) {
		return name.replace("\ufeff", "").strip().toLowerCase(Locale.ROOT);
	}

}
