package de.vitako.dashboard.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.spreadsheets.Sheet.NumberStyle;
import de.vitako.dashboard.survey.Questionnaire.Item;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A questionnaire as a spreadsheet: the template a member downloads (one row per question and segment, with the
 * round and the member on every row, last year's and the stored answers filled in), and the reading of the file it
 * uploads back through the import's reader, by the form's rules. An empty answer cell changes nothing (another
 * contact may have answered since the file was downloaded; the form empties a field). A file of another round or
 * member is refused whole; a row that cannot be read is a problem with its row number; either way nothing is
 * taken.
 */
@Component
class QuestionnaireSheets {

	private static final List<String> COLUMNS = List.of("round", "member", "metric", "segment", "question",
			"segmentLabel", "kind", "lastYear", "answer", "note");

	private static final int[] WIDTHS = { 8, 16, 24, 24, 40, 30, 34, 16, 16, 40 };

	/** What a cell may say for "keine Angabe", in either language. */
	private static final Set<String> NOT_STATED = Set.of("keine angabe", "k. a.", "k.a.", "ka", "-", "not stated",
			"n/a", "na");

	/** What a cell may say for the chosen answer of a question asking for one choice. */
	private static final Set<String> CHOSEN = Set.of("x", "1", "ja", "yes");

	private final MessageSource messageSource;

	private final Messages messages;

	QuestionnaireSheets(MessageSource messages) {
		this.messageSource = messages;
		this.messages = new Messages(messages);
	}

	/** The template: string cells only (never a formula), the header bold and frozen, an autofilter. */
	byte[] template(Questionnaire questionnaire, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook
				.createSheet(Language.of(locale).pick("Fragebogen", "questionnaire"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row first = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				first.createCell(i).setCellValue(header(COLUMNS.get(i), locale));
				first.getCell(i).setCellStyle(bold);
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			int number = 1;
			for (Item item : questionnaire.items()) {
				for (SegmentInfo segment : item.metric().segments()) {
					AnswerKey key = item.key(segment);
					Row row = sheet.createRow(number++);
					row.createCell(0).setCellValue(String.valueOf(questionnaire.round().year()));
					row.createCell(1).setCellValue(questionnaire.member().shortName());
					row.createCell(2).setCellValue(key.metric());
					row.createCell(3).setCellValue(key.segment());
					row.createCell(4).setCellValue(item.number() + ". " + item.metric().label().in(locale));
					row.createCell(5).setCellValue(segment.label().in(locale));
					row.createCell(6).setCellValue(this.messages.get("survey.sheet.kind." + item.kind(), locale));
					write(row.createCell(7), item, questionnaire.lastYear().get(key), locale);
					write(row.createCell(8), item, questionnaire.answers().get(key), locale);
					Answer stored = questionnaire.answers().get(key);
					row.createCell(9).setCellValue((stored != null && stored.note() != null) ? stored.note() : "");
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(number - 1, 1), 0, COLUMNS.size() - 1));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads an uploaded questionnaire.
	 * @return the answers it gives, by place (an empty cell gives none), or the problems of its rows
	 * @throws ImportRefusedException if it is no readable spreadsheet, lacks a column, or belongs to another round
	 * or member
	 */
	Upload read(Questionnaire questionnaire, String fileName, byte[] bytes, Locale locale)
			throws ImportRefusedException {
		Sheet sheet = Sheet.read(fileName, bytes);
		Map<String, Integer> columns = columns(sheet.header());
		List<String> problems = new ArrayList<>();
		sheet.problems().forEach((problem) -> problems.add(this.messages.get(problem.key(), locale,
				problem.address())));
		Locale numbers = (sheet.numbers() == NumberStyle.GERMAN) ? Locale.GERMAN : Locale.ENGLISH;
		Map<AnswerKey, Answer> entered = new LinkedHashMap<>();
		Map<String, List<AnswerKey>> chosen = new HashMap<>();
		for (Sheet.Row row : sheet.rows()) {
			if (row.blank()) {
				continue;
			}
			String round = row.cell(columns.get("round")).strip();
			String member = row.cell(columns.get("member")).strip();
			if (!round.equals(String.valueOf(questionnaire.round().year()))) {
				throw new ImportRefusedException("survey.upload.otherRound", row.number(), round,
						String.valueOf(questionnaire.round().year()));
			}
			if (!member.equalsIgnoreCase(questionnaire.member().shortName())) {
				throw new ImportRefusedException("survey.upload.otherMember", row.number(), member,
						questionnaire.member().shortName());
			}
			AnswerKey key = new AnswerKey(row.cell(columns.get("metric")).strip(),
					row.cell(columns.get("segment")).strip());
			Item item = questionnaire.item(key.metric())
				.filter((found) -> found.metric().segment(key.segment()).isPresent())
				.orElse(null);
			if (item == null) {
				problems.add(this.messages.get("survey.upload.unknown", locale, row.number(), key.metric(),
						key.segment()));
				continue;
			}
			String text = row.cell(columns.get("answer")).strip();
			String note = columns.containsKey("note") ? row.cell(columns.get("note")).strip() : "";
			if (note.length() > Answer.NOTE_LENGTH) {
				problems.add(this.messages.get("survey.upload.note", locale, row.number()));
				continue;
			}
			String problem = read(item, key, text, note, numbers, entered, chosen);
			if (problem != null) {
				problems.add(this.messages.get("survey.upload.row", locale, row.number(),
						this.messages.get(problem, locale)));
			}
		}
		chosen.forEach((metric, keys) -> {
			Item item = questionnaire.item(metric).orElseThrow();
			if (keys.size() > 1) {
				problems.add(this.messages.get("survey.upload.twoChoices", locale, item.number()));
			}
			else if (keys.size() == 1) {
				item.keys().forEach((key) -> entered.put(key,
						Answer.of(key.equals(keys.get(0)) ? BigDecimal.ONE : BigDecimal.ZERO)));
			}
		});
		return new Upload(problems.isEmpty() ? entered : Map.of(), problems);
	}

	/** Reads one answer cell; the message key of its problem, or {@code null}. */
	private static String read(Item item, AnswerKey key, String text, String note, Locale numbers,
			Map<AnswerKey, Answer> entered, Map<String, List<AnswerKey>> chosen) {
		boolean notStated = NOT_STATED.contains(text.toLowerCase(Locale.ROOT));
		switch (item.kind()) {
			case "choice" -> {
				if (notStated) {
					entered.put(key, Answer.notStated());
				}
				else if (CHOSEN.contains(text.toLowerCase(Locale.ROOT))) {
					chosen.computeIfAbsent(key.metric(), (metric) -> new ArrayList<>()).add(key);
				}
				else if (!text.isEmpty() && !text.equals("0")) {
					return "survey.upload.choice";
				}
			}
			case "rating" -> {
				if (notStated) {
					entered.put(key, Answer.notStated());
				}
				else if (text.matches("[1-9](\\.0+)?")
						&& Integer.parseInt(text.substring(0, 1)) <= Questionnaires.RATING_SCALE) {
					entered.put(key, Answer.of(new BigDecimal(text.substring(0, 1))));
				}
				else if (!text.isEmpty()) {
					return "survey.answer.rating";
				}
			}
			default -> {
				if (notStated) {
					entered.put(key, new Answer(null, note, false));
				}
				else if (!text.isEmpty()) {
					NumberInput.Result value = NumberInput.value(text, item.metric().unit(), numbers);
					if (!value.ok()) {
						return value.problem();
					}
					// a value the member put in a file is confirmed as it stands: the note says why, if it jumps
					entered.put(key, new Answer(value.value(), note, true));
				}
			}
		}
		return null;
	}

	/** The columns by their names in either language; those a questionnaire needs must be there. */
	private Map<String, Integer> columns(List<String> header) throws ImportRefusedException {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			for (String column : COLUMNS) {
				if (name.equals(header(column, Locale.GERMAN).toLowerCase(Locale.ROOT))
						|| name.equals(header(column, Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
					columns.putIfAbsent(column, i);
				}
			}
		}
		List<String> missing = List.of("round", "member", "metric", "segment", "answer")
			.stream()
			.filter((column) -> !columns.containsKey(column))
			.map((column) -> header(column, Locale.GERMAN) + " / " + header(column, Locale.ENGLISH))
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportRefusedException("survey.upload.missingColumns", String.join(", ", missing));
		}
		return columns;
	}

	private String header(String column, Locale locale) {
		return this.messageSource.getMessage("survey.sheet." + column, null, locale);
	}

	/**
	 * An answer as the template writes it: a number as a number cell (the spreadsheet program shows it in its
	 * language), an x for the chosen answer, "keine Angabe" as text.
	 */
	private void write(Cell cell, Item item, Answer answer, Locale locale) {
		if (answer == null) {
			cell.setCellValue("");
		}
		else if (answer.declined()) {
			cell.setCellValue(this.messages.get("survey.answer.declined", locale));
		}
		else if (item.kind().equals("choice")) {
			cell.setCellValue(BigDecimal.ONE.equals(answer.value()) ? "x" : "");
		}
		else {
			cell.setCellValue(answer.value().doubleValue());
		}
	}

	/**
	 * An uploaded questionnaire, read.
	 *
	 * @param answers its answers by place; empty if it has problems
	 * @param problems what keeps it from being taken, each with its row
	 */
	record Upload(Map<AnswerKey, Answer> answers, List<String> problems) {
	}

}
