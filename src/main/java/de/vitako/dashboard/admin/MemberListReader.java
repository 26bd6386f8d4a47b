package de.vitako.dashboard.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.survey.ContactDetails;
import de.vitako.dashboard.survey.MemberDetails;
import de.vitako.dashboard.survey.MemberList;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a member list from a spreadsheet (the import's reader): one row per contact, the organisation's columns
 * repeated on each of its rows (a row without a contact is an organisation alone). Each row is checked by the member
 * and contact forms' own rules, and the organisations' kinds, states and languages are read as codes or as the
 * forms name them, in German or English.
 */
@Component
class MemberListReader {

	/** The columns and their headers in German and in English; a file's header is compared without case. */
	static final Map<String, List<String>> COLUMNS = columns();

	private final Validator validator;

	private final MessageSource messageSource;

	private final Messages messages;

	MemberListReader(Validator validator, MessageSource messages) {
		this.validator = validator;
		this.messageSource = messages;
		this.messages = new Messages(messages);
	}

	/**
	 * @return the list, or the problems of its rows (then the list is empty)
	 * @throws ImportRefusedException if a column the list needs is missing
	 */
	Read read(Sheet sheet, Locale locale) throws ImportRefusedException {
		Map<String, Integer> columns = columns(sheet.header());
		List<String> problems = new ArrayList<>();
		sheet.problems().forEach((problem) -> problems.add(this.messages.get(problem.key(), locale,
				problem.address())));
		Map<String, Organisation> organisations = new LinkedHashMap<>();
		Map<String, Integer> emails = new HashMap<>();
		for (Sheet.Row row : sheet.rows()) {
			if (row.blank()) {
				continue;
			}
			MemberForm member = new MemberForm(cell(row, columns, "name"), cell(row, columns, "shortName"),
					code(cell(row, columns, "kind"), MemberForm.KINDS, "member.kind."),
					state(cell(row, columns, "federalState")), cell(row, columns, "website"), null);
			List<String> rowProblems = new ArrayList<>(violations(member));
			String email = cell(row, columns, "email");
			ContactDetails contact = null;
			if (!email.isEmpty() || !cell(row, columns, "contactName").isEmpty()) {
				ContactForm form = new ContactForm(cell(row, columns, "contactName"), email,
						language(cell(row, columns, "language")), null);
				rowProblems.addAll(violations(form));
				Integer first = emails.putIfAbsent(email.toLowerCase(Locale.ROOT), row.number());
				if (first != null) {
					rowProblems.add(this.messages.get("member.import.emailTwice", locale, email, first));
				}
				contact = form.details();
			}
			if (!rowProblems.isEmpty()) {
				rowProblems.forEach((problem) -> problems
					.add(this.messages.get("member.import.row", locale, row.number(), problem)));
				continue;
			}
			MemberDetails details = member.details();
			String key = details.shortName().toLowerCase(Locale.ROOT);
			Organisation organisation = organisations.computeIfAbsent(key,
					(shortName) -> new Organisation(row.number(), details, new ArrayList<>()));
			if (!organisation.details().equals(details)) {
				problems.add(this.messages.get("member.import.differs", locale, row.number(), details.shortName(),
						organisation.row()));
				continue;
			}
			if (contact != null) {
				organisation.contacts().add(contact);
			}
		}
		if (organisations.isEmpty() && problems.isEmpty()) {
			throw new ImportRefusedException("member.import.noRows");
		}
		List<MemberList.Entry> entries = organisations.values()
			.stream()
			.map((organisation) -> new MemberList.Entry(organisation.row(), organisation.details(),
					List.copyOf(organisation.contacts())))
			.toList();
		return new Read(problems.isEmpty() ? new MemberList(entries) : new MemberList(List.of()), problems);
	}

	private List<String> violations(Object form) {
		Set<ConstraintViolation<Object>> violations = this.validator.validate(form);
		return violations.stream()
			.sorted((one, other) -> one.getPropertyPath().toString().compareTo(other.getPropertyPath().toString()))
			.map(ConstraintViolation::getMessage)
			.distinct()
			.toList();
	}

	private static String cell(Sheet.Row row, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return (index != null) ? row.cell(index).strip() : "";
	}

	/** A code as it is, or the code of a name the forms show in either language; else the text, to be refused. */
	private String code(String text, String[] codes, String prefix) {
		for (String code : codes) {
			if (code.equalsIgnoreCase(text)
					|| this.messageSource.getMessage(prefix + code, null, Locale.GERMAN).equalsIgnoreCase(text)
					|| this.messageSource.getMessage(prefix + code, null, Locale.ENGLISH).equalsIgnoreCase(text)) {
				return code;
			}
		}
		return text;
	}

	private String state(String text) {
		if (text.equalsIgnoreCase(this.messageSource.getMessage("member.federalState.none", null, Locale.GERMAN))
				|| text.equalsIgnoreCase(
						this.messageSource.getMessage("member.federalState.none", null, Locale.ENGLISH))) {
			return "";
		}
		return text.toUpperCase(Locale.ROOT);
	}

	private static String language(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "", "deutsch", "german" -> "de";
			case "englisch", "english" -> "en";
			default -> text.toLowerCase(Locale.ROOT);
		};
	}

	private static Map<String, Integer> columns(List<String> header) throws ImportRefusedException {
		Map<String, Integer> found = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
				if (column.getValue().stream().anyMatch(name::equalsIgnoreCase)) {
					found.putIfAbsent(column.getKey(), i);
				}
			}
		}
		List<String> missing = List.of("shortName", "name", "kind")
			.stream()
			.filter((column) -> !found.containsKey(column))
			.map((column) -> String.join(" / ", new LinkedHashSet<>(COLUMNS.get(column))))
			.toList();
		if (!missing.isEmpty()) {
			throw new ImportRefusedException("member.import.missingColumns", String.join(", ", missing));
		}
		return found;
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("shortName", List.of("Kurzname", "Short name"));
		columns.put("name", List.of("Name", "Name"));
		columns.put("kind", List.of("Art", "Kind"));
		columns.put("federalState", List.of("Bundesland", "Federal state"));
		columns.put("website", List.of("Website", "Website"));
		columns.put("contactName", List.of("Ansprechperson", "Contact"));
		columns.put("email", List.of("E-Mail", "E-mail"));
		columns.put("language", List.of("Sprache", "Language"));
		return columns;
	}

	/**
	 * A member list read from a file.
	 *
	 * @param list the organisations; empty if there are problems
	 * @param problems each with its row
	 */
	record Read(MemberList list, List<String> problems) {
	}

	/** An organisation as the rows name it: its first row, its details, its contacts so far. */
	private record Organisation(int row, MemberDetails details, List<ContactDetails> contacts) {
	}

}
