package de.vitako.dashboard.survey;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.survey.Questionnaire.Item;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's questionnaire as an Excel workbook: the template to download, and the filled-in file uploaded back,
 * previewed, and applied only on the member's word; the upload waits in the session meanwhile.
 */
@Controller
@RequestMapping("/member/surveys")
class QuestionnaireUploadController {

	private static final String ROUND = "/{round:[1-9]\\d{0,17}}";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** The session attribute of an uploaded questionnaire waiting to be applied, followed by the round. */
	private static final String PENDING = "survey.upload.";

	private final Questionnaires questionnaires;

	private final QuestionnaireSheets sheets;

	private final MessageSource messageSource;

	private final Messages messages;

	QuestionnaireUploadController(Questionnaires questionnaires, QuestionnaireSheets sheets,
			MessageSource messages) {
		this.questionnaires = questionnaires;
		this.sheets = sheets;
		this.messageSource = messages;
		this.messages = new Messages(messages);
	}

	/** The questionnaire as an Excel workbook, to fill in and upload. */
	@GetMapping(ROUND + "/questionnaire.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long round, Principal principal, Locale locale) {
		Questionnaire questionnaire = QuestionnaireController.open(this.questionnaires, principal, round);
		String name = Language.of(locale).pick("vitako-fragebogen-", "vitako-questionnaire-")
				+ questionnaire.round().year() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.sheets.template(questionnaire, locale));
	}

	/**
	 * Reads an uploaded questionnaire and shows what it would change; nothing is stored until the member applies
	 * it. A file of another round or member, or with a row that cannot be read, is refused whole.
	 */
	@PostMapping(ROUND + "/upload")
	String upload(@PathVariable long round, @RequestParam(name = "file", required = false) MultipartFile file,
			Principal principal, Locale locale, Model model, HttpSession session, HttpServletResponse response)
			throws IOException {
		Questionnaire questionnaire = QuestionnaireController.open(this.questionnaires, principal, round);
		model.addAttribute("q", questionnaire);
		if (!questionnaire.editable()) {
			return refuse(model, response, List.of(this.messages.get(questionnaire.submitted()
					? "survey.form.submitted" : "survey.form.closed", locale)));
		}
		if (file == null || file.isEmpty()) {
			return refuse(model, response, List.of(this.messages.get("import.noFile", locale)));
		}
		QuestionnaireSheets.Upload upload;
		try {
			upload = this.sheets.read(questionnaire, String.valueOf(file.getOriginalFilename()), file.getBytes(),
					locale);
		}
		catch (ImportRefusedException refused) {
			return refuse(model, response, List.of(this.messages.get(refused.key(), locale, refused.arguments())));
		}
		if (!upload.problems().isEmpty()) {
			return refuse(model, response, upload.problems());
		}
		Map<AnswerKey, Answer> base = new HashMap<>(questionnaire.answers());
		List<String> changes = new ArrayList<>();
		upload.answers().forEach((key, answer) -> {
			Answer stored = base.get(key);
			boolean same = (stored == null) ? answer == null
					: answer != null && Objects.equals(stored.value(), answer.value())
							&& Objects.equals(stored.note(), answer.note());
			if (!same) {
				Item item = questionnaire.item(key.metric()).orElseThrow();
				changes.add(item.number() + ". " + item.metric().label().in(locale) + " – "
						+ item.metric().segment(key.segment()).orElseThrow().label().in(locale) + ": "
						+ AnswerFormat.answer(item, stored, locale, this.messageSource) + " → "
						+ AnswerFormat.answer(item, answer, locale, this.messageSource));
			}
		});
		session.setAttribute(PENDING + round, new PendingUpload(
				(questionnaire.state() != null) ? questionnaire.state().version() : 0,
				new HashMap<>(upload.answers()), base));
		model.addAttribute("changes", changes);
		model.addAttribute("fileName", file.getOriginalFilename());
		return "member/upload";
	}

	@PostMapping(ROUND + "/upload/apply")
	String apply(@PathVariable long round, Principal principal, Locale locale, Model model, HttpSession session,
			RedirectAttributes redirect, HttpServletResponse response) {
		Questionnaire questionnaire = QuestionnaireController.open(this.questionnaires, principal, round);
		if (!(session.getAttribute(PENDING + round) instanceof PendingUpload pending)) {
			redirect.addFlashAttribute("success", this.messages.get("survey.upload.gone", locale));
			return "redirect:/member/surveys/" + round;
		}
		session.removeAttribute(PENDING + round);
		SaveOutcome outcome;
		try {
			outcome = this.questionnaires.save(principal.getName(), round, pending.version(), pending.answers(),
					pending.base(), false, "upload");
		}
		catch (SurveyRefusedException refused) {
			model.addAttribute("q", questionnaire);
			return refuse(model, response, List.of(this.messages.get(refused.key(), locale, refused.arguments())));
		}
		if (outcome.conflicting()) {
			model.addAttribute("q", outcome.questionnaire());
			return refuse(model, response, List.of(this.messages.get("survey.upload.conflict", locale)));
		}
		redirect.addFlashAttribute("success", this.messages.get("survey.upload.applied", locale, outcome.changed()));
		return "redirect:/member/surveys/" + round;
	}

	@PostMapping(ROUND + "/upload/cancel")
	String cancel(@PathVariable long round, HttpSession session) {
		session.removeAttribute(PENDING + round);
		return "redirect:/member/surveys/" + round;
	}

	private static String refuse(Model model, HttpServletResponse response, List<String> problems) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", problems);
		return "member/upload";
	}

	/** An uploaded questionnaire's answers, read and previewed, waiting in the session to be applied. */
	record PendingUpload(long version, Map<AnswerKey, Answer> answers, Map<AnswerKey, Answer> base)
			implements Serializable {
	}

}
