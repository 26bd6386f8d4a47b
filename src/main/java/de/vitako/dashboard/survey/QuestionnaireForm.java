package de.vitako.dashboard.survey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.survey.Questionnaire.Item;

import org.springframework.util.MultiValueMap;

/**
 * A questionnaire's form: what its fields hold (as typed, or as stored), the problems of what was typed, and the
 * answers the form was opened with. Field names carry the answer's place: {@code value-devices-schools} (a
 * number or a rating), {@code declined-…} ("keine Angabe"), {@code note-…} and {@code confirm-…} (for a jump
 * against last year), {@code choice-devices} (one choice per question), {@code base-…} (the answer the form was
 * opened with).
 */
final class QuestionnaireForm {

	static final String DECLINED = "-";

	private final Map<String, String> fields = new HashMap<>();

	private final Map<String, String> problems = new LinkedHashMap<>();

	private final Map<AnswerKey, Answer> entered = new LinkedHashMap<>();

	private final Map<AnswerKey, Answer> base = new HashMap<>();

	private long version;

	private QuestionnaireForm() {
	}

	/** The form as stored. */
	static QuestionnaireForm of(Questionnaire questionnaire, Locale locale) {
		QuestionnaireForm form = new QuestionnaireForm();
		form.version = (questionnaire.state() != null) ? questionnaire.state().version() : 0;
		for (Item item : questionnaire.items()) {
			for (SegmentInfo segment : item.metric().segments()) {
				AnswerKey key = item.key(segment);
				Answer answer = questionnaire.answers().get(key);
				form.base.put(key, answer);
				form.show(item, key, answer, locale);
			}
		}
		return form;
	}

	/** The form as posted: each field read by its question's rules, in the member's language. */
	static QuestionnaireForm read(Questionnaire questionnaire, MultiValueMap<String, String> posted, Locale locale) {
		QuestionnaireForm form = new QuestionnaireForm();
		String version = posted.getFirst("version");
		form.version = (version != null && version.matches("\\d{1,18}")) ? Long.parseLong(version) : -1;
		for (Item item : questionnaire.items()) {
			if (item.kind().equals("choice")) {
				form.readChoice(item, posted);
			}
			for (SegmentInfo segment : item.metric().segments()) {
				AnswerKey key = item.key(segment);
				form.base.put(key, decode(posted.getFirst("base-" + key.name())));
				switch (item.kind()) {
					case "choice" -> {
					}
					case "rating" -> form.readRating(key, posted);
					default -> form.readNumber(item, key, posted, locale);
				}
			}
		}
		return form;
	}

	/** After a conflict: the form now builds on what is stored, so that saving it again keeps this form's answers. */
	void rebase(Questionnaire stored) {
		this.version = (stored.state() != null) ? stored.state().version() : 0;
		this.base.clear();
		stored.keys().forEach((key) -> this.base.put(key, stored.answers().get(key)));
	}

	public long version() {
		return this.version;
	}

	Map<AnswerKey, Answer> entered() {
		return this.entered;
	}

	Map<AnswerKey, Answer> base() {
		return this.base;
	}

	/** What a field holds. */
	public String value(String name) {
		return this.fields.getOrDefault(name, "");
	}

	public boolean checked(String name) {
		return "1".equals(this.fields.get(name));
	}

	/** The message key of a field's problem, {@code null} for none. */
	public String problem(String name) {
		return this.problems.get(name);
	}

	/** Every problem, by field name, in the form's order. */
	public Map<String, String> problems() {
		return this.problems;
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** The base field's value: the answer the form was opened with. */
	public String base(AnswerKey key) {
		return encode(this.base.get(key));
	}

	private void show(Item item, AnswerKey key, Answer answer, Locale locale) {
		if (answer == null) {
			return;
		}
		switch (item.kind()) {
			case "choice" -> {
				if (answer.declined()) {
					this.fields.putIfAbsent("choice-" + key.metric(), DECLINED);
				}
				else if (BigDecimal.ONE.equals(answer.value())) {
					this.fields.put("choice-" + key.metric(), key.segment());
				}
			}
			case "rating" -> this.fields.put("value-" + key.name(),
					answer.declined() ? DECLINED : answer.value().toPlainString());
			default -> {
				if (answer.declined()) {
					this.fields.put("declined-" + key.name(), "1");
				}
				else {
					this.fields.put("value-" + key.name(), AnswerFormat.number(answer.value(), locale));
				}
				if (answer.note() != null) {
					this.fields.put("note-" + key.name(), answer.note());
				}
				if (answer.confirmed()) {
					this.fields.put("confirm-" + key.name(), "1");
				}
			}
		}
	}

	private void readNumber(Item item, AnswerKey key, MultiValueMap<String, String> posted, Locale locale) {
		String name = key.name();
		String text = posted.getFirst("value-" + name);
		boolean declined = "1".equals(posted.getFirst("declined-" + name));
		if (text == null && !declined) {
			return;
		}
		String note = keep("note-" + name, posted);
		boolean confirmed = "1".equals(keep("confirm-" + name, posted));
		if (declined) {
			this.fields.put("declined-" + name, "1");
		}
		text = (text != null) ? text.strip() : "";
		this.fields.put("value-" + name, text);
		if (note != null && note.strip().length() > Answer.NOTE_LENGTH) {
			this.problems.put("note-" + name, "survey.note.tooLong");
			return;
		}
		if (declined && !text.isEmpty()) {
			this.problems.put("value-" + name, "survey.answer.both");
		}
		else if (declined) {
			this.entered.put(key, new Answer(null, note, false));
		}
		else if (text.isEmpty()) {
			this.entered.put(key, null);
		}
		else {
			NumberInput.Result result = NumberInput.value(text, item.metric().unit(), locale);
			if (result.ok()) {
				this.entered.put(key, new Answer(result.value(), note, confirmed));
			}
			else {
				this.problems.put("value-" + name, result.problem());
			}
		}
	}

	private void readRating(AnswerKey key, MultiValueMap<String, String> posted) {
		String name = "value-" + key.name();
		String chosen = posted.getFirst(name);
		if (chosen == null) {
			return;
		}
		this.fields.put(name, chosen);
		if (chosen.isEmpty()) {
			this.entered.put(key, null);
		}
		else if (chosen.equals(DECLINED)) {
			this.entered.put(key, Answer.notStated());
		}
		else if (chosen.matches("[1-9]") && Integer.parseInt(chosen) <= Questionnaires.RATING_SCALE) {
			this.entered.put(key, Answer.of(new BigDecimal(chosen)));
		}
		else {
			this.problems.put(name, "survey.answer.rating");
		}
	}

	private void readChoice(Item item, MultiValueMap<String, String> posted) {
		String name = "choice-" + item.metric().code();
		String chosen = posted.getFirst(name);
		if (chosen == null) {
			return;
		}
		this.fields.put(name, chosen);
		List<AnswerKey> keys = item.keys();
		if (chosen.equals(DECLINED)) {
			keys.forEach((key) -> this.entered.put(key, Answer.notStated()));
		}
		else if (item.metric().segment(chosen).isPresent()) {
			keys.forEach((key) -> this.entered.put(key,
					Answer.of(key.segment().equals(chosen) ? BigDecimal.ONE : BigDecimal.ZERO)));
		}
		else {
			this.problems.put(name, "survey.answer.choice");
		}
	}

	private String keep(String name, MultiValueMap<String, String> posted) {
		String value = posted.getFirst(name);
		if (value != null) {
			this.fields.put(name, value);
		}
		return value;
	}

	/** An answer as the base field holds it: empty, {@code -}, or the number; then {@code |} and the note. */
	static String encode(Answer answer) {
		if (answer == null) {
			return "";
		}
		String value = answer.declined() ? DECLINED : answer.value().toPlainString();
		return (answer.note() != null) ? value + "|" + answer.note() : value;
	}

	static Answer decode(String field) {
		if (field == null || field.isEmpty()) {
			return null;
		}
		int bar = field.indexOf('|');
		String value = (bar >= 0) ? field.substring(0, bar) : field;
		String note = (bar >= 0) ? field.substring(bar + 1) : null;
		if (value.equals(DECLINED)) {
			return new Answer(null, note, false);
		}
		return value.matches("\\d{1,13}(\\.\\d{1,2})?") ? new Answer(new BigDecimal(value), note, false) : null;
	}

}
