package de.vitako.dashboard.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.shared.SpreadsheetCells;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.survey.MemberEntry;
import de.vitako.dashboard.survey.MemberList;
import de.vitako.dashboard.survey.MemberRegistry;
import de.vitako.dashboard.survey.SurveyRefusedException;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports the member list from a CSV or Excel file, as the figures' import does: the file is read and checked, a
 * preview shows what it adds and changes, and only "apply" stores it, all of it or nothing. The current registry
 * downloads in the same columns, to edit and import again.
 */
@Controller
@RequestMapping("/admin/members/import")
class MemberImportController {

	private static final String PENDING = "admin.members.import";

	private final MemberListReader reader;

	private final MemberRegistry registry;

	private final MessageSource messageSource;

	private final Messages messages;

	MemberImportController(MemberListReader reader, MemberRegistry registry, MessageSource messages) {
		this.reader = reader;
		this.registry = registry;
		this.messageSource = messages;
		this.messages = new Messages(messages);
	}

	@GetMapping
	String form() {
		return "admin/member-import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
			HttpSession session, HttpServletResponse response) throws IOException {
		session.removeAttribute(PENDING);
		if (file == null || file.isEmpty()) {
			return refuse(model, response, List.of(this.messages.get("import.noFile", locale)));
		}
		MemberListReader.Read read;
		try {
			read = this.reader.read(Sheet.read(String.valueOf(file.getOriginalFilename()), file.getBytes()), locale);
		}
		catch (ImportRefusedException refused) {
			return refuse(model, response, List.of(this.messages.get(refused.key(), locale, refused.arguments())));
		}
		if (!read.problems().isEmpty()) {
			return refuse(model, response, read.problems());
		}
		try {
			model.addAttribute("plan", this.registry.preview(read.list()));
		}
		catch (SurveyRefusedException refused) {
			return refuse(model, response, List.of(this.messages.get(refused.key(), locale, refused.arguments())));
		}
		session.setAttribute(PENDING, read.list());
		model.addAttribute("fileName", file.getOriginalFilename());
		return "admin/member-import";
	}

	@PostMapping("/apply")
	String apply(HttpSession session, Principal principal, Locale locale, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!(session.getAttribute(PENDING) instanceof MemberList list)) {
			redirect.addFlashAttribute("problem", this.messages.get("member.import.gone", locale));
			return "redirect:/admin/members/import";
		}
		session.removeAttribute(PENDING);
		try {
			MemberList.Plan done = this.registry.importList(list, principal.getName());
			redirect.addFlashAttribute("success", this.messages.get("member.import.done", locale, done.added(),
					done.changed(), done.contacts()));
		}
		catch (SurveyRefusedException refused) {
			return refuse(model, response, List.of(this.messages.get(refused.key(), locale, refused.arguments())));
		}
		return "redirect:/admin/members";
	}

	@PostMapping("/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(PENDING);
		return "redirect:/admin/members/import";
	}

	/** The registry in the import's columns: semicolons, UTF-8 with a byte order mark, as German Excel opens it. */
	@GetMapping("/members.csv")
	ResponseEntity<byte[]> download(Locale locale) {
		boolean english = Language.of(locale).english();
		StringBuilder csv = new StringBuilder("\uFEFF");
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
			printer.printRecord(MemberListReader.COLUMNS.values()
				.stream()
				.map((names) -> names.get(english ? 1 : 0))
				.toList());
			for (MemberEntry member : this.registry.all()) {
				if (member.left()) {
					continue;
				}
				List<MemberEntry.Contact> contacts = member.activeContacts();
				if (contacts.isEmpty()) {
					printer.printRecord(row(member, null, locale));
				}
				for (MemberEntry.Contact contact : contacts) {
					printer.printRecord(row(member, contact, locale));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(english ? "vitako-members.csv" : "vitako-mitglieder.csv")
				.build()
				.toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private List<String> row(MemberEntry member, MemberEntry.Contact contact, Locale locale) {
		String state = member.details().federalState();
		String website = member.details().website();
		return List.of(SpreadsheetCells.neutralise(member.details().shortName()),
				SpreadsheetCells.neutralise(member.details().name()),
				this.messageSource.getMessage("member.kind." + member.details().kind(), null, locale),
				(state != null) ? state : "", (website != null) ? SpreadsheetCells.neutralise(website) : "",
				(contact != null) ? SpreadsheetCells.neutralise(contact.details().name()) : "",
				(contact != null) ? contact.details().email() : "",
				(contact != null) ? contact.details().language() : "");
	}

	private static String refuse(Model model, HttpServletResponse response, List<String> problems) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", problems);
		return "admin/member-import";
	}

}
