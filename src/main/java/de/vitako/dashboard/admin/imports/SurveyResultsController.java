package de.vitako.dashboard.admin.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import de.vitako.dashboard.admin.AdminFormat;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.survey.Questionnaires;
import de.vitako.dashboard.survey.SurveyRefusedException;
import de.vitako.dashboard.survey.results.DisclosureRules;
import de.vitako.dashboard.survey.results.Protection;
import de.vitako.dashboard.survey.results.QuestionResult;
import de.vitako.dashboard.survey.results.ResultCell;
import de.vitako.dashboard.survey.results.RoundResults;
import de.vitako.dashboard.survey.results.SurveyResults;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * A round's results for survey staff: each aggregate with the members it rests on, which rule keeps a cell
 * confidential and which cell protects it, and the members that have not submitted; "Ergebnisse übernehmen" hands
 * them to the import as a file, whose preview, apply and undo are the import's own.
 */
@Controller
@RequestMapping("/admin/surveys/{id:[1-9]\\d{0,17}}/results")
class SurveyResultsController {

	private final SurveyResults results;

	private final Messages messages;

	private final AdminFormat format;

	SurveyResultsController(SurveyResults results, MessageSource messages, AdminFormat format) {
		this.results = results;
		this.format = format;
		this.messages = new Messages(messages);
	}

	@GetMapping
	String results(@PathVariable long id, Model model, Locale locale) {
		RoundResults results = find(id);
		DisclosureRules rules = this.results.rules();
		model.addAttribute("results", results);
		model.addAttribute("rules", rules);
		model.addAttribute("dominanceShare", this.format.number(BigDecimal.valueOf(rules.dominanceShare())));
		model.addAttribute("threshold", this.messages.get("survey.rating." + results.threshold(), locale));
		List<QuestionView> questions = new ArrayList<>();
		for (QuestionResult question : results.questions()) {
			List<CellView> cells = new ArrayList<>();
			for (ResultCell cell : question.cells()) {
				cells.add(new CellView(label(question.metric(), cell.segment(), locale), value(question, cell),
						cell.respondents(), state(question, cell, rules, locale), !cell.published()));
			}
			questions.add(new QuestionView(questions.size() + 1, question, cells));
		}
		model.addAttribute("questions", questions);
		model.addAttribute("rated", results.questions().stream().anyMatch((q) -> q.kind().equals("rating")));
		model.addAttribute("ratings", IntStream.rangeClosed(1, Questionnaires.RATING_SCALE)
			.mapToObj((rating) -> new Rating(rating, rating + " – " + this.messages.get("survey.rating." + rating,
					locale)))
			.toList());
		return "admin/survey-results";
	}

	/** Sets the rating from which a rating counts, for the round's results. */
	@PostMapping("/threshold")
	String threshold(@PathVariable long id, @RequestParam(defaultValue = "") String threshold, Locale locale,
			RedirectAttributes redirect) {
		find(id);
		try {
			this.results.threshold(id, threshold.matches("[1-9]") ? Integer.parseInt(threshold) : 0);
			redirect.addFlashAttribute("success", this.messages.get("survey.results.threshold.saved", locale));
		}
		catch (SurveyRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale));
		}
		return "redirect:/admin/surveys/" + id + "/results";
	}

	/** Hands the results to the import's preview; refused with the reason where there is nothing to take over. */
	@PostMapping("/apply")
	String apply(@PathVariable long id, HttpSession session, Locale locale, RedirectAttributes redirect) {
		RoundResults results = find(id);
		if (results.refusal() != null) {
			redirect.addFlashAttribute("problem", this.messages.get(results.refusal(), locale));
			return "redirect:/admin/surveys/" + id + "/results";
		}
		session.setAttribute(ImportController.PENDING, new ImportController.Pending(SurveyResults.fileName(results),
				SurveyResults.importFile(results), id));
		return "redirect:/admin/import/preview";
	}

	private String value(QuestionResult question, ResultCell cell) {
		if (cell.value() == null) {
			return "";
		}
		boolean share = !question.kind().equals("number") || question.metric().unit() == Unit.PERCENT;
		return this.format.number(cell.value()) + (share ? " %" : "");
	}

	private String state(QuestionResult question, ResultCell cell, DisclosureRules rules, Locale locale) {
		if (cell.respondents() == 0) {
			return "";
		}
		if (question.heldBack()) {
			return this.messages.get("survey.results.protection.difference", locale, rules.minContributors());
		}
		String partner = (cell.partner() != null) ? label(question.metric(), cell.partner(), locale) : "";
		if (cell.protection() == null) {
			return this.messages.get("survey.results.published", locale);
		}
		String state = this.messages.get("survey.results.protection." + cell.protection().code(), locale,
				rules.minContributors(), this.format.number(BigDecimal.valueOf(rules.dominanceShare())), partner);
		if (cell.protection() != Protection.SECONDARY && cell.partner() != null) {
			state += this.messages.get("survey.results.protectedBy", locale, partner);
		}
		return state;
	}

	private static String label(MetricInfo metric, String segment, Locale locale) {
		return metric.segment(segment).map((info) -> info.label().in(locale)).orElse(segment);
	}

	private RoundResults find(long id) {
		return this.results.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A step of the rating scale as the threshold's choice shows it: {@code 4 – hoch}. */
	record Rating(int value, String label) {
	}

	/** A question of the results page: its number and its cells' texts. */
	record QuestionView(int number, QuestionResult result, List<CellView> cells) {
	}

	/**
	 * A cell of the results page, every text ready.
	 *
	 * @param withheld whether it is not published (confidential, withheld beside one, or held back)
	 */
	record CellView(String segment, String value, int respondents, String state, boolean withheld) {
	}

}
