package de.vitako.dashboard.survey.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.shared.SpreadsheetCells;
import de.vitako.dashboard.survey.Questionnaire;
import de.vitako.dashboard.survey.Questionnaires;
import de.vitako.dashboard.survey.SurveyRefusedException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own results of a round, for the contacts of that member: the page, and its own answers beside the
 * association's figures as CSV (German Excel's semicolons) and as a workbook. The member comes from the login,
 * never from the address; staff see the same page from a member's answers.
 */
@Controller
class MemberResultsController {

	private static final String PAGE = "/member/surveys/{round:[1-9]\\d{0,17}}/results";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Questionnaires questionnaires;

	private final MemberResults results;

	private final MessageSource messages;

	MemberResultsController(Questionnaires questionnaires, MemberResults results, MessageSource messages) {
		this.questionnaires = questionnaires;
		this.results = results;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@PathVariable long round, Principal principal, Locale locale, Model model) {
		Questionnaire questionnaire = find(principal, round);
		model.addAttribute("q", questionnaire);
		model.addAttribute("questions", this.results.of(questionnaire, locale));
		return "member/results";
	}

	@GetMapping(PAGE + ".csv")
	ResponseEntity<byte[]> csv(@PathVariable long round, Principal principal, Locale locale) {
		Questionnaire questionnaire = find(principal, round);
		StringWriter csv = new StringWriter();
		csv.write('\ufeff');
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
			printer.printRecord(header(locale));
			for (MemberResults.QuestionLines question : this.results.of(questionnaire, locale)) {
				for (MemberResults.Line line : question.lines()) {
					printer.printRecord(line.key().metric(), line.key().segment(),
							SpreadsheetCells.neutralise(question.number() + ". " + question.label()),
							SpreadsheetCells.neutralise(line.segment()), line.own(), line.association(), line.basis(),
							line.quartiles(), line.position());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return download(csv.toString().getBytes(StandardCharsets.UTF_8), questionnaire, "csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping(PAGE + ".xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long round, Principal principal, Locale locale) throws IOException {
		Questionnaire questionnaire = find(principal, round);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(text("survey.myResults.sheet", locale));
			List<String> header = header(locale);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(header.get(i));
			}
			int rows = 1;
			for (MemberResults.QuestionLines question : this.results.of(questionnaire, locale)) {
				for (MemberResults.Line line : question.lines()) {
					Row row = sheet.createRow(rows++);
					row.createCell(0).setCellValue(line.key().metric());
					row.createCell(1).setCellValue(line.key().segment());
					row.createCell(2).setCellValue(question.number() + ". " + question.label());
					row.createCell(3).setCellValue(line.segment());
					if (line.ownAnswer() != null && !line.ownAnswer().declined()) {
						row.createCell(4).setCellValue(line.ownAnswer().value().doubleValue());
					}
					else {
						row.createCell(4).setCellValue(line.own());
					}
					row.createCell(5).setCellValue(line.association());
					row.createCell(6).setCellValue(line.basis());
					row.createCell(7).setCellValue(line.quartiles());
					row.createCell(8).setCellValue(line.position());
				}
			}
			for (int i = 0; i < header.size(); i++) {
				sheet.setColumnWidth(i, ((i == 2) ? 40 : 20) * 256);
			}
			book.write(out);
			return download(out.toByteArray(), questionnaire, "xlsx", XLSX);
		}
	}

	private List<String> header(Locale locale) {
		return List.of(text("survey.myResults.metricCode", locale), text("survey.myResults.segmentCode", locale),
				text("survey.results.question", locale), text("survey.results.segment", locale),
				text("survey.myResults.own", locale), text("survey.myResults.association", locale),
				text("survey.results.n", locale), text("survey.myResults.quartilesColumn", locale),
				text("survey.myResults.positionColumn", locale));
	}

	private ResponseEntity<byte[]> download(byte[] body, Questionnaire questionnaire, String extension,
			MediaType type) {
		String name = "vitako-umfrage-" + questionnaire.round().year() + "-meine-ergebnisse." + extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/** The contact's questionnaire of the round, read only; 404 for a round that is not the member's. */
	private Questionnaire find(Principal principal, long round) {
		try {
			return this.questionnaires.ofContact(principal.getName(), round)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (SurveyRefusedException refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
