package de.vitako.dashboard.admin.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.vitako.dashboard.admin.MarkupRule;
import de.vitako.dashboard.admin.PlausibilityCheck;
import de.vitako.dashboard.admin.imports.ImportColumns.Field;
import de.vitako.dashboard.admin.imports.ImportPreview.Change;
import de.vitako.dashboard.admin.imports.ImportPreview.Problem;
import de.vitako.dashboard.figures.FigureBasis;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.SpreadsheetCells;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.spreadsheets.Sheet.CellProblem;
import de.vitako.dashboard.spreadsheets.Sheet.NumberStyle;
import de.vitako.dashboard.spreadsheets.Sheet.Row;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a sheet against the catalogue and compares it with the draft, with the forms' own rules
 * ({@link NumberInput} for years, values and pages, {@link PlausibilityCheck} for the warnings): what would be new,
 * what would change (old → new), what stays, and every problem with its row and column, all at once. Nothing is
 * written: the preview is what an apply would do.
 * <p>
 * Over 300 lines, for a reason: the checks of one row depend on each other (a value is read only for a known
 * metric, segment and year), and the report gathers them all.
 */
@Component
class ImportCheck {

	/** A source as the exports write it, with its page: "Vitako: …, S. 2" / "…, p. 2". */
	private static final Pattern SOURCE_WITH_PAGE = Pattern.compile("^(.*\\S),\\s*(?:S\\.|p\\.)\\s*(\\d{1,4})$");

	/** A value that can only be German: {@code 1.234,5} or {@code 73,1} (but not {@code 1,234}). */
	private static final Pattern GERMAN_DECIMAL = Pattern
		.compile("^\\d{1,3}(\\.\\d{3})+,\\d+$|^\\d+,(\\d{1,2}|\\d{4,})$");

	/** A value that can only be English: {@code 1,234.5} or {@code 73.1} (but not {@code 1.234}). */
	private static final Pattern ENGLISH_DECIMAL = Pattern
		.compile("^\\d{1,3}(,\\d{3})+\\.\\d+$|^\\d+\\.(\\d{1,2}|\\d{4,})$");

	/** The longest source title, as the forms and the figures' table allow. */
	static final int MAX_SOURCE = 300;

	private static final int MAX_NOTE = 2000;

	private final Messages messages;

	private final PlausibilityCheck plausibility;

	ImportCheck(MessageSource messages, PlausibilityCheck plausibility) {
		this.messages = new Messages(messages);
		this.plausibility = plausibility;
	}

	ImportPreview check(Sheet sheet, FigureSnapshot draft, Locale locale) throws ImportRefusedException {
		ImportColumns columns = ImportColumns.of(sheet.header());
		List<Problem> problems = new ArrayList<>();
		List<String> notices = new ArrayList<>();
		columns.ignored().forEach((name) -> notices.add(this.messages.get("import.notice.ignored", locale, name)));
		Set<Integer> unreadable = new HashSet<>();
		// a date in a column nobody reads (the export's "updated at") is no problem
		for (CellProblem cell : sheet.problems().stream().filter((p) -> columns.reads(p.column())).toList()) {
			String column = cell.column() < sheet.header().size() ? sheet.header().get(cell.column()) : cell.address();
			problems.add(new Problem(cell.row(), column, this.messages.get(cell.key(), locale, cell.address())));
			unreadable.add(cell.row());
		}
		Numbers numbers = numbers(sheet, columns, problems, locale);
		Map<String, Integer> seen = new HashMap<>();
		List<Change> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		int unchanged = 0;
		int withoutValue = 0;
		int valueColumn = columns.column(Field.VALUE).orElseThrow();
		for (Row row : sheet.rows()) {
			if (unreadable.contains(row.number())) {
				continue;
			}
			// as in the new-year form, an empty value means "not reported" (a template's unfilled rows), unless the
			// row's flag says it is withheld
			if (row.cell(valueColumn).isBlank()
					&& columns.column(Field.STATUS).map(row::cell).orElse("").isBlank()) {
				withoutValue++;
				continue;
			}
			// the row that contradicts the file's number style has its problem already
			NumberStyle style = row.number() == numbers.contradictingRow() ? null : numbers.style();
			Optional<Change> change = row(sheet, row, columns, style, draft, seen, problems, locale);
			if (change.isPresent()) {
				if (change.get().before() == null) {
					added.add(change.get());
				}
				else if (change.get().before().content().sameAs(change.get().after())) {
					unchanged++;
				}
				else {
					changed.add(change.get());
				}
			}
		}
		// a title the registry does not know yet is registered when the import is applied
		Stream.concat(added.stream(), changed.stream())
			.map((change) -> change.after().sourceTitle())
			.filter((title) -> !draft.sources().containsKey(title))
			.distinct()
			.forEach((title) -> notices.add(this.messages.get("import.notice.newSource", locale, title)));
		if (withoutValue > 0) {
			notices.add(this.messages.get("import.notice.withoutValue", locale, withoutValue));
		}
		problems.sort(Comparator.comparingInt(Problem::row));
		List<String> warnings = problems.isEmpty() ? warnings(draft, added, changed, locale) : List.of();
		return new ImportPreview(sheet.kind(), sheet.rows().size(), added, changed, unchanged, problems, warnings,
				notices, draft.revision());
	}

	/**
	 * How the file writes its decimals. A CSV file says it with its separator ({@code ;}: German Excel), and each
	 * value is then read by the form's rule of that language, so that the form and the import accept and refuse the
	 * same numbers ({@code 63.500} in a German file is 63500, {@code 73.1} is ambiguous there, as in the German form).
	 * A workbook's typed numbers are exact; its text cells show their style ({@code 73,1} or {@code 73.1}); one that
	 * writes both ways is refused at the first value that contradicts the others.
	 */
	private Numbers numbers(Sheet sheet, ImportColumns columns, List<Problem> problems, Locale locale) {
		if (sheet.kind().equals("CSV")) {
			return new Numbers(sheet.numbers(), -1);
		}
		int column = columns.column(Field.VALUE).orElseThrow();
		Row german = null;
		Row english = null;
		for (Row row : sheet.rows()) {
			String value = compact(row.cell(column));
			if (german == null && GERMAN_DECIMAL.matcher(value).matches()) {
				german = row;
			}
			if (english == null && ENGLISH_DECIMAL.matcher(value).matches()) {
				english = row;
			}
		}
		if (german != null && english != null) {
			Row later = german.number() > english.number() ? german : english;
			problems.add(new Problem(later.number(), columns.name(Field.VALUE, sheet.header()),
					this.messages.get("import.value.mixedStyle", locale)));
			return new Numbers(sheet.numbers(), later.number());
		}
		NumberStyle shown = german != null ? NumberStyle.GERMAN : (english != null ? NumberStyle.ENGLISH : null);
		return new Numbers(shown != null ? shown : sheet.numbers(), -1);
	}

	/** The file's number style, and the row whose value contradicts it ({@code -1}: none). */
	private record Numbers(NumberStyle style, int contradictingRow) {
	}

	private Optional<Change> row(Sheet sheet, Row row, ImportColumns columns, NumberStyle style, FigureSnapshot draft,
			Map<String, Integer> seen, List<Problem> problems, Locale locale) {
		int before = problems.size();
		Function<Field, String> cell = (field) -> columns.column(field).map(row::cell).orElse("").strip();
		Function<Field, String> name = (field) -> columns.name(field, sheet.header());
		Optional<MetricData> data = metric(cell.apply(Field.METRIC), draft);
		if (data.isEmpty()) {
			problems.add(new Problem(row.number(), name.apply(Field.METRIC),
					unknown("import.metric.unknown", cell.apply(Field.METRIC), draft.metrics().stream()
						.flatMap((m) -> Stream.of(m.metric().code(), m.metric().label().in(locale))), locale)));
		}
		Optional<SegmentInfo> segment = data.flatMap((d) -> segment(d.metric(), cell.apply(Field.SEGMENT)));
		if (data.isPresent() && segment.isEmpty()) {
			problems.add(new Problem(row.number(), name.apply(Field.SEGMENT),
					unknown("import.segment.unknown", cell.apply(Field.SEGMENT), data.get().metric().segments().stream()
						.flatMap((s) -> Stream.of(s.code(), s.label().in(locale))), locale)));
		}
		Integer year = NumberInput.year(cell.apply(Field.YEAR));
		if (year == null) {
			problems.add(new Problem(row.number(), name.apply(Field.YEAR), this.messages.get("admin.year.invalid", locale)));
		}
		Optional<FigureStatus> status = status(cell.apply(Field.STATUS), row, name.apply(Field.STATUS), problems,
				locale);
		boolean confidential = status.isPresent() && status.get().confidential();
		if (confidential && !cell.apply(Field.VALUE).isBlank()) {
			problems.add(new Problem(row.number(), name.apply(Field.VALUE),
					this.messages.get("admin.value.confidential", locale)));
		}
		BigDecimal value = (confidential || data.isEmpty()) ? null : value(cell.apply(Field.VALUE),
				data.get().metric(), style, row, name.apply(Field.VALUE), problems, locale);
		String source = text(cell.apply(Field.SOURCE));
		Integer page = null;
		if (columns.column(Field.PAGE).isPresent()) {
			page = NumberInput.page(cell.apply(Field.PAGE));
			if (page != null && page < 0) {
				problems.add(new Problem(row.number(), name.apply(Field.PAGE),
						this.messages.get("admin.sourcePage.invalid", locale)));
			}
		}
		else if (source != null) {
			Matcher withPage = SOURCE_WITH_PAGE.matcher(source);
			if (withPage.matches()) {
				source = withPage.group(1);
				page = Integer.valueOf(withPage.group(2));
			}
		}
		String note = text(cell.apply(Field.NOTE));
		String noteEn = text(cell.apply(Field.NOTE_EN));
		if (source != null && source.length() > MAX_SOURCE) {
			problems.add(new Problem(row.number(), name.apply(Field.SOURCE),
					this.messages.get("import.tooLong", locale, MAX_SOURCE)));
		}
		for (Field field : List.of(Field.NOTE, Field.NOTE_EN)) {
			String text = (field == Field.NOTE) ? note : noteEn;
			if (text != null && text.length() > MAX_NOTE) {
				problems.add(new Problem(row.number(), name.apply(field),
						this.messages.get("import.tooLong", locale, MAX_NOTE)));
			}
		}
		// the forms' rule: no markup
		for (Field field : List.of(Field.SOURCE, Field.NOTE, Field.NOTE_EN)) {
			String text = switch (field) {
				case SOURCE -> source;
				case NOTE -> note;
				default -> noteEn;
			};
			if (MarkupRule.hasMarkup(text)) {
				problems.add(new Problem(row.number(), name.apply(field), this.messages.get(MarkupRule.MESSAGE, locale)));
			}
		}
		FigureBasis basis = basis(cell.apply(Field.RESPONDENTS), cell.apply(Field.INVITED), row,
				name.apply(Field.RESPONDENTS), problems, locale);
		if (problems.size() > before || (value == null && !confidential)) {
			return Optional.empty();
		}
		String metric = data.get().metric().code();
		String key = metric + "/" + segment.get().code() + "/" + year;
		Integer earlier = seen.putIfAbsent(key, row.number());
		if (earlier != null) {
			problems.add(new Problem(row.number(), name.apply(Field.YEAR),
					this.messages.get("import.duplicate", locale, earlier)));
			return Optional.empty();
		}
		FigureValue existing = data.get().figure(segment.get().code(), year).orElse(null);
		if (source == null) {
			// an existing figure keeps its source; a new one needs its own: last year's would attribute it to last
			// year's document
			source = Optional.ofNullable(existing).map(FigureValue::sourceTitle).orElse(null);
			if (source == null) {
				problems.add(new Problem(row.number(), name.apply(Field.SOURCE),
						this.messages.get("import.source.required", locale)));
				return Optional.empty();
			}
		}
		// without a flag column, an existing figure keeps its flag, as it keeps its source
		FigureStatus flag = columns.column(Field.STATUS).isPresent() ? status.orElse(null)
				: Optional.ofNullable(existing).map(FigureValue::status).filter((s) -> !s.confidential()).orElse(null);
		// without an English column, an unchanged German note keeps its English one (an export reads back unchanged)
		if (columns.column(Field.NOTE_EN).isEmpty() && existing != null && Objects.equals(note, existing.note())) {
			noteEn = existing.noteEn();
		}
		// without the basis's columns, an existing figure keeps its basis, as it keeps its flag
		if (columns.column(Field.RESPONDENTS).isEmpty() && columns.column(Field.INVITED).isEmpty()) {
			basis = Optional.ofNullable(existing).map(FigureValue::basis).orElse(null);
		}
		return Optional.of(new Change(row.number(), data.get().metric(), segment.get(), year, existing,
				new FigureContent(value, source, page, note, flag, noteEn, basis)));
	}

	/**
	 * What a survey's figure rests on: the members that answered and those invited, whole numbers, both or neither,
	 * no more answers than invitations; {@code null} for none (or with a problem).
	 */
	private FigureBasis basis(String respondents, String invited, Row row, String column, List<Problem> problems,
			Locale locale) {
		if (respondents.isEmpty() && invited.isEmpty()) {
			return null;
		}
		if (respondents.matches("\\d{1,7}") && invited.matches("\\d{1,7}") && Integer.parseInt(invited) > 0
				&& Integer.parseInt(respondents) <= Integer.parseInt(invited)) {
			return new FigureBasis(Integer.parseInt(respondents), Integer.parseInt(invited));
		}
		problems.add(new Problem(row.number(), column, this.messages.get("import.basis.invalid", locale)));
		return null;
	}

	/** The row's flag, by code, name or sign in either language; empty for none, or with a problem if unknown. */
	private Optional<FigureStatus> status(String text, Row row, String column, List<Problem> problems,
			Locale locale) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		Optional<FigureStatus> status = FigureStatus.parse(text);
		if (status.isEmpty()) {
			problems.add(new Problem(row.number(), column, this.messages.get("import.status.unknown", locale, text,
					String.join(", ", FigureStatus.all().stream().map((s) -> s.label(locale)).toList()))));
		}
		return status;
	}

	/** The value, or {@code null} with a problem; {@code style} is {@code null} where the row has its problem. */
	private BigDecimal value(String text, MetricInfo metric, NumberStyle style, Row row, String column,
			List<Problem> problems, Locale locale) {
		if (style == null) {
			return null;
		}
		// the form's rule in the file's language: 63.500 in a German file is what the German form reads
		NumberInput.Result checked = NumberInput.value(text, metric.unit(),
				style == NumberStyle.GERMAN ? Locale.GERMAN : Locale.ENGLISH);
		if (!checked.ok()) {
			// the forms' messages, except where they explain the form's own number format rather than the file's
			String key = switch (checked.problem()) {
				case "admin.value.notANumber", "admin.value.notANumber.count" -> "import.value.notANumber";
				case "admin.value.ambiguous", "admin.value.ambiguous.count" -> "import.value.ambiguous";
				default -> checked.problem();
			};
			problems.add(new Problem(row.number(), column, this.messages.get(key, locale, text)));
			return null;
		}
		return checked.value();
	}

	/** A metric by its code, or by its label in either language where no other metric has that label. */
	private static Optional<MetricData> metric(String text, FigureSnapshot draft) {
		return draft.metric(text).or(() -> byLabel(draft.metrics().stream(), (m) -> m.metric().label(), text));
	}

	private static Optional<SegmentInfo> segment(MetricInfo metric, String text) {
		return metric.segment(text).or(() -> byLabel(metric.segments().stream(), SegmentInfo::label, text));
	}

	private static <T> Optional<T> byLabel(Stream<T> candidates, Function<T, LocalizedText> label, String text) {
		List<T> found = candidates
			.filter((c) -> label.apply(c).de().equalsIgnoreCase(text) || label.apply(c).en().equalsIgnoreCase(text))
			.toList();
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** "Unknown …", with the closest code or label as a suggestion where one is close. */
	private String unknown(String key, String text, Stream<String> candidates, Locale locale) {
		LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, text.length() / 3));
		Optional<String> closest = candidates.filter((c) -> distance.apply(c.toLowerCase(Locale.ROOT),
				text.toLowerCase(Locale.ROOT)) >= 0)
			.min(Comparator.comparingInt((String c) -> distance.apply(c.toLowerCase(Locale.ROOT),
					text.toLowerCase(Locale.ROOT))));
		String message = this.messages.get(key, locale, text);
		return closest.map((c) -> message + " " + this.messages.get("import.didYouMean", locale, c)).orElse(message);
	}

	/** A text cell as stored: trimmed, empty as none, and without the quote our exports put before a formula sign. */
	private static String text(String cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		return SpreadsheetCells.restore(cell.strip());
	}

	private static String compact(String value) {
		return value.strip().replace("\u00a0", "").replace(" ", "");
	}

	/** The forms' plausibility warnings for every metric and year the import touches, as they would be after it. */
	private List<String> warnings(FigureSnapshot draft, List<Change> added, List<Change> changed, Locale locale) {
		Map<String, Map<Integer, Map<String, BigDecimal>>> byMetricYear = new LinkedHashMap<>();
		Stream.concat(added.stream(), changed.stream())
			.forEach((c) -> byMetricYear.computeIfAbsent(c.metric().code(), (m) -> new LinkedHashMap<>())
				.computeIfAbsent(c.year(), (y) -> new LinkedHashMap<>())
				.put(c.segment().code(), c.after().value()));
		// a withheld value has nothing to compare
		byMetricYear.values()
			.forEach((years) -> years.values().forEach((values) -> values.values().removeIf(Objects::isNull)));
		List<String> warnings = new ArrayList<>();
		byMetricYear.forEach((metric, years) -> years.forEach((year, values) -> this.plausibility
			.warnings(draft.metric(metric).orElseThrow(), year, values, locale)
			.forEach((w) -> warnings.add(draft.metric(metric).orElseThrow().metric().label().in(locale) + " " + year
					+ ": " + w))));
		return warnings;
	}

}
