package de.vitako.dashboard.admin;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.shared.SpreadsheetCells;
import de.vitako.dashboard.survey.Answer;
import de.vitako.dashboard.survey.AnswerFormat;
import de.vitako.dashboard.survey.AnswerKey;
import de.vitako.dashboard.survey.MemberProgress;
import de.vitako.dashboard.survey.Questionnaire;
import de.vitako.dashboard.survey.Questionnaires;
import de.vitako.dashboard.survey.Reminders;
import de.vitako.dashboard.survey.ResponseTracking;
import de.vitako.dashboard.survey.RoundProgress;
import de.vitako.dashboard.survey.SurveyRefusedException;
import de.vitako.dashboard.survey.results.MemberResults;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A round's responses for survey staff: each invited member's status, the response rate overall and per question
 * (as a page and as CSV), and a member's own answers with their history, where a submitted questionnaire can be
 * reopened. Individual answers: survey staff and admins only (the security configuration).
 */
@Controller
@RequestMapping("/admin/surveys/{id:[1-9]\\d{0,17}}/responses")
class SurveyResponseController {

	private static final String MEMBER = "/{member:[1-9]\\d{0,17}}";

	private final ResponseTracking tracking;

	private final Questionnaires questionnaires;

	private final MessageSource messageSource;

	private final Messages messages;

	private final Clock clock;

	private final Reminders reminders;

	private final PublicUrl publicUrl;

	private final MemberResults memberResults;

	SurveyResponseController(ResponseTracking tracking, Questionnaires questionnaires, Reminders reminders,
			PublicUrl publicUrl, MessageSource messages, Clock clock, MemberResults memberResults) {
		this.memberResults = memberResults;
		this.reminders = reminders;
		this.publicUrl = publicUrl;
		this.tracking = tracking;
		this.questionnaires = questionnaires;
		this.messageSource = messages;
		this.messages = new Messages(messages);
		this.clock = clock;
	}

	@GetMapping
	String responses(@PathVariable long id, Model model) {
		model.addAttribute("progress", progress(id));
		model.addAttribute("reminders", this.reminders.settings());
		return "admin/survey-responses";
	}

	/** Each invited member's status, one line per member. */
	@GetMapping("/members.csv")
	ResponseEntity<byte[]> membersCsv(@PathVariable long id, Locale locale) {
		RoundProgress progress = progress(id);
		return csv(progress, "members", locale, List.of("shortName", "name", "status", "mailed", "opened", "saved",
				"submitted", "reminders", "bounced"), (printer) -> {
					for (MemberProgress member : progress.members()) {
						printer.printRecord(SpreadsheetCells.neutralise(member.shortName()),
								SpreadsheetCells.neutralise(member.name()),
								this.messages.get("survey.status." + member.status(), locale),
								time(member.mailedAt(), locale), time(member.openedAt(), locale),
								time(member.savedAt(), locale), time(member.submittedAt(), locale),
								member.reminders(), this.messages.get(member.bounced() ? "survey.yes" : "survey.no",
										locale));
					}
				});
	}

	/** The response rate of the whole questionnaire, then of each question. */
	@GetMapping("/questions.csv")
	ResponseEntity<byte[]> questionsCsv(@PathVariable long id, Locale locale) {
		RoundProgress progress = progress(id);
		return csv(progress, "questions", locale, List.of("number", "metric", "question", "invited", "answered",
				"declined", "rate"), (printer) -> {
					printer.printRecord("", "", this.messages.get("survey.responses.whole", locale),
							progress.invited(), progress.submitted(), "", percent(progress.rate(), locale));
					for (RoundProgress.QuestionRate question : progress.questions()) {
						printer.printRecord(question.number(), question.metric(),
								SpreadsheetCells.neutralise(question.label().in(locale)), question.invited(),
								question.answered(), question.declined(), percent(question.rate(), locale));
					}
				});
	}

	/** Reminds the members that have not submitted, as far as the limit and the gap allow. */
	@PostMapping("/remind")
	String remind(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect,
			HttpServletRequest request) {
		progress(id);
		try {
			Reminders.Reminded reminded = this.reminders.remind(id, this.publicUrl.base(request), principal.getName());
			redirect.addFlashAttribute("success", this.messages.get("survey.remind.done", locale, reminded.members(),
					reminded.skipped()));
		}
		catch (SurveyRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return "redirect:/admin/surveys/" + id + "/responses";
	}

	@GetMapping(MEMBER)
	String response(@PathVariable long id, @PathVariable long member, Locale locale, Model model) {
		Questionnaire questionnaire = this.questionnaires.of(id, member)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("q", questionnaire);
		model.addAttribute("history", this.questionnaires.history(id, member));
		model.addAttribute("format", new Shown(questionnaire, locale));
		return "admin/survey-response";
	}

	/** A member's own results as the member sees them, for staff allowed to see individual answers. */
	@GetMapping(MEMBER + "/results")
	String results(@PathVariable long id, @PathVariable long member, Locale locale, Model model) {
		Questionnaire questionnaire = this.questionnaires.of(id, member)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("q", questionnaire);
		model.addAttribute("questions", this.memberResults.of(questionnaire, locale));
		return "admin/survey-member-results";
	}

	@PostMapping(MEMBER + "/reopen")
	String reopen(@PathVariable long id, @PathVariable long member, @RequestParam long version,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		try {
			this.questionnaires.reopen(id, member, version, principal.getName());
			redirect.addFlashAttribute("success", this.messages.get("survey.reopened", locale));
		}
		catch (SurveyRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return "redirect:/admin/surveys/" + id + "/responses/" + member;
	}

	private RoundProgress progress(long id) {
		return this.tracking.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String time(Instant instant, Locale locale) {
		return (instant != null) ? Language.of(locale).dateTime().format(instant.atZone(this.clock.getZone())) : "";
	}

	private static String percent(BigDecimal rate, Locale locale) {
		return String.format(locale, "%.1f", rate);
	}

	/** Semicolon-separated UTF-8 with a byte order mark, as German Excel opens it, its header in the language. */
	private ResponseEntity<byte[]> csv(RoundProgress progress, String what, Locale locale, List<String> columns,
			Rows rows) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
			printer.printRecord(columns.stream()
				.map((column) -> this.messages.get("survey.csv." + column, locale))
				.toList());
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = (Language.of(locale).english() ? "vitako-survey-" : "vitako-umfrage-")
				+ progress.round().details().year() + "-" + what + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The lines of a CSV file. */
	@FunctionalInterface
	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	/** Answers and times as the staff page shows them. */
	final class Shown {

		private final Questionnaire questionnaire;

		private final Locale locale;

		Shown(Questionnaire questionnaire, Locale locale) {
			this.questionnaire = questionnaire;
			this.locale = locale;
		}

		public String answer(Questionnaire.Item item, Answer answer) {
			return AnswerFormat.answer(item, answer, this.locale, SurveyResponseController.this.messageSource);
		}

		public String stored(Questionnaire.Item item, SegmentInfo segment) {
			return answer(item, this.questionnaire.answers().get(item.key(segment)));
		}

		public String time(Instant instant) {
			return SurveyResponseController.this.time(instant, this.locale);
		}

		public String label(AnswerKey key) {
			return this.questionnaire.item(key.metric())
				.map((item) -> item.number() + ". " + item.metric().label().in(this.locale) + " – "
						+ item.metric().segment(key.segment()).map((s) -> s.label().in(this.locale))
							.orElse(key.segment()))
				.orElse(key.metric() + " – " + key.segment());
		}

		public String answerOf(AnswerKey key, Answer answer) {
			return this.questionnaire.item(key.metric()).map((item) -> answer(item, answer)).orElse("");
		}

	}

}
