package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.survey.Questionnaire.Item;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's questionnaire: the form of one round, for the organisation the logged-in contact answers for. The
 * member comes from the login, never from the address, so no id in a URL leads to another member's answers.
 */
@Controller
@RequestMapping("/member/surveys")
class QuestionnaireController {

	private static final String ROUND = "/{round:[1-9]\\d{0,17}}";

	private final Questionnaires questionnaires;

	private final MessageSource messageSource;

	private final Messages messages;

	private final Clock clock;

	QuestionnaireController(Questionnaires questionnaires, MessageSource messages, Clock clock) {
		this.questionnaires = questionnaires;
		this.clock = clock;
		this.messageSource = messages;
		this.messages = new Messages(messages);
	}

	@GetMapping(ROUND)
	String form(@PathVariable long round, Principal principal, Locale locale, Model model) {
		Questionnaire questionnaire = open(principal, round);
		return page(questionnaire, QuestionnaireForm.of(questionnaire, locale), locale, model);
	}

	/** Saves the form ({@code action=save}) or saves and submits it ({@code action=submit}). */
	@PostMapping(ROUND)
	String save(@PathVariable long round, @RequestParam MultiValueMap<String, String> posted,
			@RequestParam(defaultValue = "save") String action, Principal principal, Locale locale, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Questionnaire questionnaire = open(principal, round);
		QuestionnaireForm form = QuestionnaireForm.read(questionnaire, posted, locale);
		if (form.hasProblems()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(questionnaire, form, locale, model);
		}
		SaveOutcome outcome;
		try {
			outcome = this.questionnaires.save(principal.getName(), round, form.version(), form.entered(),
					form.base(), action.equals("submit"), "form");
		}
		catch (SurveyRefusedException refused) {
			// closed, submitted meanwhile: the page says so, and keeps what was typed for the member to copy
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("refused", this.messages.get(refused.key(), locale, refused.arguments()));
			return page(this.questionnaires.open(principal.getName(), round), form, locale, model);
		}
		if (outcome.conflicting()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			form.rebase(outcome.questionnaire());
			model.addAttribute("conflicts", outcome.conflicts());
			return page(outcome.questionnaire(), form, locale, model);
		}
		if (!outcome.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("submitProblems", outcome.problems());
			Questionnaire saved = outcome.questionnaire();
			return page(saved, QuestionnaireForm.of(saved, locale), locale, model);
		}
		redirect.addFlashAttribute("success", this.messages.get(outcome.submitted() ? "survey.form.submittedNow"
				: "survey.form.saved", locale));
		return "redirect:/member/surveys/" + round;
	}

	/** The contact's questionnaire of the round; 404 for a round that is not the member's. */
	static Questionnaire open(Questionnaires questionnaires, Principal principal, long round) {
		try {
			return questionnaires.open(principal.getName(), round);
		}
		catch (SurveyRefusedException refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private Questionnaire open(Principal principal, long round) {
		return open(this.questionnaires, principal, round);
	}

	private String page(Questionnaire questionnaire, QuestionnaireForm form, Locale locale, Model model) {
		Language language = Language.of(locale);
		model.addAttribute("q", questionnaire);
		model.addAttribute("form", form);
		model.addAttribute("declinedText", this.messages.get("survey.answer.declined", locale));
		model.addAttribute("chooseText", this.messages.get("survey.form.choose", locale));
		model.addAttribute("ratings", IntStream.rangeClosed(1, Questionnaires.RATING_SCALE)
			.mapToObj((rating) -> new Rating(String.valueOf(rating),
					rating + " – " + this.messages.get("survey.rating." + rating, locale)))
			.toList());
		model.addAttribute("opens", language.longDate().format(questionnaire.round().opensOn()));
		model.addAttribute("closes", language.longDate().format(questionnaire.round().closesOn()));
		ResponseState state = questionnaire.state();
		model.addAttribute("savedAt", (state != null && state.savedAt() != null) ? dateTime(state.savedAt(), language)
				: "");
		model.addAttribute("submittedAt", (state != null && state.submitted())
				? dateTime(state.submittedAt(), language) : "");
		Map<Integer, List<ShownAnswer>> answers = new HashMap<>();
		Map<Integer, List<FieldView>> fields = new HashMap<>();
		Map<String, String> lastChoice = new HashMap<>();
		Map<String, String> conflictChoice = new HashMap<>();
		Map<String, String> conflictLinks = new LinkedHashMap<>();
		Map<?, ?> conflicts = (model.getAttribute("conflicts") instanceof Map<?, ?> found) ? found : Map.of();
		String lastYearText = this.messages.get("survey.form.lastYear", locale,
				String.valueOf(questionnaire.round().year() - 1), "{0}");
		for (Item item : questionnaire.items()) {
			boolean choice = item.kind().equals("choice");
			if (choice) {
				choiceText(item, questionnaire.lastYear(), locale).ifPresent((text) -> lastChoice.put(
						item.metric().code(), text));
				if (item.keys().stream().anyMatch(conflicts::containsKey)) {
					@SuppressWarnings("unchecked")
					Map<AnswerKey, Answer> stored = (Map<AnswerKey, Answer>) conflicts;
					Map<AnswerKey, Answer> merged = new HashMap<>(questionnaire.answers());
					item.keys().forEach((key) -> merged.put(key, stored.getOrDefault(key, merged.get(key))));
					String text = choiceText(item, merged, locale).orElse(text("survey.answer.none", locale));
					conflictChoice.put(item.metric().code(), text);
					conflictLinks.put("choice-" + item.metric().code(),
							item.number() + ". " + item.metric().label().in(locale) + ": " + text);
				}
			}
			List<FieldView> views = new ArrayList<>();
			for (SegmentInfo segment : item.metric().segments()) {
				AnswerKey key = item.key(segment);
				String name = key.name();
				if (!questionnaire.editable()) {
					answers.computeIfAbsent(item.number(), (number) -> new ArrayList<>())
						.add(new ShownAnswer(segment.label().in(locale), choice
								? choiceSegmentText(questionnaire.answers().get(key), locale)
								: AnswerFormat.answer(item, questionnaire.answers().get(key), locale,
										this.messageSource)));
					continue;
				}
				if (choice) {
					continue;
				}
				Answer last = questionnaire.lastYear().get(key);
				Answer shown = form.entered().containsKey(key) ? form.entered().get(key)
						: questionnaire.answers().get(key);
				String conflict = null;
				if (conflicts.containsKey(key)) {
					String text = AnswerFormat.answer(item, (Answer) conflicts.get(key), locale, this.messageSource);
					conflict = this.messages.get("survey.form.conflictField", locale, text);
					conflictLinks.put("value-" + name, item.number() + ". " + item.metric().label().in(locale)
							+ " – " + segment.label().in(locale) + ": " + text);
				}
				String problem = form.problem("value-" + name);
				String noteProblem = form.problem("note-" + name);
				String note = form.value("note-" + name);
				boolean confirmed = form.checked("confirm-" + name);
				views.add(new FieldView(name, segment.label().in(locale), item.kind().equals("rating"),
						form.value("value-" + name),
						form.checked("declined-" + name),
						(problem != null) ? this.messages.get(problem, locale) : null, conflict,
						(last != null) ? lastYearText.replace("{0}",
								AnswerFormat.answer(item, last, locale, this.messageSource)) : null,
						(last != null && !last.declined()) ? last.value().toPlainString() : null,
						questionnaire.jumps(key, shown) || !note.isEmpty() || confirmed || noteProblem != null,
						note, confirmed, (noteProblem != null) ? this.messages.get(noteProblem, locale) : null,
						form.base(key)));
			}
			fields.put(item.number(), views);
		}
		model.addAttribute("shownAnswers", answers);
		model.addAttribute("fields", fields);
		model.addAttribute("lastChoice", lastChoice);
		model.addAttribute("conflictChoice", conflictChoice);
		model.addAttribute("conflictLinks", conflictLinks);
		return "member/questionnaire";
	}

	/** The segment chosen, or "keine Angabe"; empty if the question was not answered. */
	private Optional<String> choiceText(Item item, Map<AnswerKey, Answer> answers, Locale locale) {
		for (SegmentInfo segment : item.metric().segments()) {
			Answer answer = answers.get(item.key(segment));
			if (answer != null && BigDecimal.ONE.equals(answer.value())) {
				return Optional.of(segment.label().in(locale));
			}
		}
		boolean declined = item.keys().stream().allMatch((key) -> answers.get(key) != null
				&& answers.get(key).declined());
		return declined ? Optional.of(text("survey.answer.declined", locale)) : Optional.empty();
	}

	private String choiceSegmentText(Answer answer, Locale locale) {
		if (answer == null) {
			return text("survey.answer.none", locale);
		}
		if (answer.declined()) {
			return text("survey.answer.declined", locale);
		}
		return text(BigDecimal.ONE.equals(answer.value()) ? "survey.answer.chosen" : "survey.answer.notChosen",
				locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.get(key, locale);
	}

	private String dateTime(Instant instant, Language language) {
		return language.dateTime().format(instant.atZone(this.clock.getZone()));
	}

	/** A segment's answer on the page of a questionnaire that cannot be changed; JavaBean properties, read fast. */
	public record ShownAnswer(String label, String text) {

		public String getLabel() {
			return this.label;
		}

		public String getText() {
			return this.text;
		}

	}

	/** A step of the rating scale: its value and its label, {@code 4 – hoch}. */
	public record Rating(String value, String label) {

		public String getValue() {
			return this.value;
		}

		public String getLabel() {
			return this.label;
		}

	}

}
