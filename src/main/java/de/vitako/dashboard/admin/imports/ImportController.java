package de.vitako.dashboard.admin.imports;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import de.vitako.dashboard.admin.MarkupRule;
import de.vitako.dashboard.admin.imports.ImportPreview.Change;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.draft.FigureImports;
import de.vitako.dashboard.figures.draft.ImportConflictException;
import de.vitako.dashboard.figures.draft.ImportedFigures;
import de.vitako.dashboard.shared.Language;
import de.vitako.dashboard.shared.Messages;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.survey.SurveyRefusedException;
import de.vitako.dashboard.survey.results.SurveyResults;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk import into the draft: upload a CSV file, see what it would change and every problem at once, apply it
 * all or nothing, undo it as one step. The uploaded file waits in the admin's session between preview and apply;
 * the preview is computed again on every page and on apply, so that it always shows the draft as it is.
 */
@Controller
class ImportController {

	/**
	 * An upload's size limit, refused with a message; the container's multipart limit (12 MB) stops a larger
	 * request while it streams in.
	 */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The longest file name the import keeps. */
	static final int MAX_NAME = 255;

	private static final int PAGE = 100;

	static final String PENDING = "vitako.import";

	private final FigureSnapshots snapshots;

	private final FigureImports imports;

	private final ImportCheck check;

	private final ImportTemplate templates;

	private final Messages messages;

	private final SurveyResults surveyResults;

	ImportController(FigureSnapshots snapshots, FigureImports imports, ImportCheck check, ImportTemplate templates,
			MessageSource messages, SurveyResults surveyResults) {
		this.surveyResults = surveyResults;
		this.snapshots = snapshots;
		this.templates = templates;
		this.imports = imports;
		this.check = check;
		this.messages = new Messages(messages);
	}

	@GetMapping("/admin/import")
	String start(Model model) {
		model.addAttribute("imports", this.imports.imports());
		model.addAttribute("templateYear", this.templates.nextYear());
		return "admin/import";
	}

	@PostMapping("/admin/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
			Model model, Locale locale, HttpServletResponse response) throws IOException {
		String name = file == null ? "" : storedName(String.valueOf(file.getOriginalFilename()).strip());
		String refusal = null;
		if (file == null || file.isEmpty()) {
			refusal = this.messages.get(name.isEmpty() ? "import.noFile" : "import.empty", locale);
		}
		else if (file.getSize() > MAX_BYTES) {
			refusal = this.messages.get("import.tooLarge", locale, MAX_BYTES / 1024 / 1024);
		}
		if (refusal != null) {
			return refused(refusal, model, response);
		}
		Pending pending = new Pending(name, file.getBytes());
		try {
			Sheet.read(pending.fileName(), pending.bytes());
		}
		catch (ImportRefusedException ex) {
			return refused(this.messages.get(ex.key(), locale, ex.arguments()), model, response);
		}
		session.setAttribute(PENDING, pending);
		return "redirect:/admin/import/preview";
	}

	@GetMapping("/admin/import/preview")
	String preview(@RequestParam(defaultValue = "1") int page, HttpSession session, Model model, Locale locale,
			HttpServletResponse response) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
			return "redirect:/admin/import";
		}
		return show(pending, page, model, locale, response);
	}

	@PostMapping("/admin/import/apply")
	String apply(@RequestParam long draftRevision, @RequestParam(defaultValue = "false") boolean confirmed,
			HttpSession session, Principal principal, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof Pending pending)) {
			return "redirect:/admin/import";
		}
		ImportPreview preview;
		try {
			preview = this.check.check(Sheet.read(pending.fileName(), pending.bytes()), this.snapshots.draft(), locale);
		}
		catch (ImportRefusedException ex) {
			return refused(this.messages.get(ex.key(), locale, ex.arguments()), model, response);
		}
		if (preview.draftRevision() != draftRevision) {
			// the preview just computed is the draft's as it is now: shown instead
			model.addAttribute("conflict", this.messages.get("import.outdated", locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return render(pending, preview, 1, model, response);
		}
		if (!preview.applicable()) {
			return render(pending, preview, 1, model, response);
		}
		if (!preview.warnings().isEmpty() && !confirmed) {
			model.addAttribute("confirmMissing", true);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(pending, preview, 1, model, response);
		}
		long id;
		ImportedFigures upload = new ImportedFigures(pending.fileName(), pending.sha256(), preview.rows(),
				preview.unchanged(), preview.draftRevision(),
				Stream.concat(preview.added().stream(), preview.changed().stream()).map(ImportController::item)
					.toList());
		try {
			id = (pending.surveyRound() == null) ? this.imports.applyImport(upload, principal.getName())
					: this.surveyResults.apply(pending.surveyRound(), pending.bytes(), upload, principal.getName());
		}
		catch (SurveyRefusedException ex) {
			// the answers changed since the results were handed over: nothing applied, back to the results
			session.removeAttribute(PENDING);
			redirect.addFlashAttribute("problem", this.messages.get(ex.key(), locale, ex.arguments()));
			return "redirect:/admin/surveys/" + pending.surveyRound() + "/results";
		}
		catch (ImportConflictException ex) {
			// the draft changed between this check and the apply's lock: the preview is computed once more
			model.addAttribute("conflict", this.messages.get(ex.key(), locale));
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(pending, 1, model, locale, response);
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("applied", id);
		redirect.addFlashAttribute("success", this.messages.get("import.applied", locale, String.valueOf(id),
				preview.added().size(), preview.changed().size()));
		return "redirect:/admin/import";
	}

	/**
	 * A CSV file to fill in for a new year, as German or English Excel opens it: one row per metric and segment,
	 * codes and labels filled in, the source the team chose for the year (or none), the values empty.
	 */
	@GetMapping("/admin/import/template.csv")
	ResponseEntity<?> templateCsv(@RequestParam(required = false) String year,
			@RequestParam(required = false) String source, Locale locale) {
		return template(year, source, locale, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
				this.templates::csv);
	}

	/** The same template as an Excel workbook: typed years, the header bold and frozen, a filter on it. */
	@GetMapping("/admin/import/template.xlsx")
	ResponseEntity<?> templateXlsx(@RequestParam(required = false) String year,
			@RequestParam(required = false) String source, Locale locale) {
		return template(year, source, locale, "xlsx", ImportTemplate.XLSX, this.templates::xlsx);
	}

	private ResponseEntity<?> template(String year, String source, Locale locale, String extension, MediaType type,
			TemplateWriter writer) {
		Integer chosen = (year == null || year.isBlank()) ? Integer.valueOf(this.templates.nextYear())
				: NumberInput.year(year);
		String title = (source == null) ? "" : source.strip();
		String problem = (chosen == null) ? "admin.year.invalid"
				: (title.length() > ImportCheck.MAX_SOURCE) ? "admin.source.tooLong"
						: MarkupRule.hasMarkup(title) ? MarkupRule.MESSAGE : null;
		if (problem != null) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(this.messages.get(problem, locale));
		}
		boolean english = Language.of(locale).english();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename((english ? "vitako-figures-" : "vitako-kennzahlen-") + chosen + "." + extension)
				.build()
				.toString())
			.body(writer.write(chosen, title, locale));
	}

	/** Writes a template for a year, with a source in every row (or none), in a language. */
	@FunctionalInterface
	private interface TemplateWriter {

		byte[] write(int year, String source, Locale locale);

	}

	@PostMapping("/admin/import/cancel")
	String cancel(HttpSession session) {
		session.removeAttribute(PENDING);
		return "redirect:/admin/import";
	}

	@PostMapping("/admin/import/{id:[1-9]\\d{0,17}}/undo")
	String undo(@PathVariable long id, Principal principal, Locale locale, RedirectAttributes redirect) {
		try {
			this.imports.undoImport(id, principal.getName());
			redirect.addFlashAttribute("success", this.messages.get("import.undone", locale, String.valueOf(id)));
		}
		catch (ImportConflictException ex) {
			redirect.addFlashAttribute("problem", this.messages.get(ex.key(), locale, id));
		}
		return "redirect:/admin/import";
	}

	private String show(Pending pending, int page, Model model, Locale locale, HttpServletResponse response) {
		ImportPreview preview;
		try {
			preview = this.check.check(Sheet.read(pending.fileName(), pending.bytes()), this.snapshots.draft(), locale);
		}
		catch (ImportRefusedException ex) {
			return refused(this.messages.get(ex.key(), locale, ex.arguments()), model, response);
		}
		return render(pending, preview, page, model, response);
	}

	private String render(Pending pending, ImportPreview preview, int page, Model model,
			HttpServletResponse response) {
		List<Change> changes = Stream.concat(preview.added().stream(), preview.changed().stream())
			.sorted(Comparator.comparingInt(Change::row))
			.toList();
		int pages = Math.max(1, (Math.max(changes.size(), preview.problems().size()) + PAGE - 1) / PAGE);
		int shown = Math.max(1, Math.min(page, pages));
		model.addAttribute("fileName", pending.fileName());
		model.addAttribute("preview", preview);
		model.addAttribute("changes", slice(changes, shown));
		model.addAttribute("problems", slice(preview.problems(), shown));
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		if (!preview.problems().isEmpty() && response.getStatus() == HttpServletResponse.SC_OK) {
			response.setStatus(422);
		}
		return "admin/import-preview";
	}

	private String refused(String message, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("refusal", message);
		model.addAttribute("imports", this.imports.imports());
		model.addAttribute("templateYear", this.templates.nextYear());
		return "admin/import";
	}

	private static <T> List<T> slice(List<T> all, int page) {
		return all.subList(Math.min(all.size(), (page - 1) * PAGE), Math.min(all.size(), page * PAGE));
	}

	private static ImportedFigures.Item item(Change change) {
		return new ImportedFigures.Item(change.metric().code(), change.segment().code(), change.year(), change.after());
	}

	/**
	 * The file's name as the import keeps it (255 characters at most, as its table has room for): a longer one
	 * keeps its start and its extension, so that it fails neither the preview nor, later, the apply.
	 */
	static String storedName(String name) {
		if (name.length() <= MAX_NAME) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		int cut = MAX_NAME - 1 - extension.length();
		if (Character.isHighSurrogate(name.charAt(cut - 1))) {
			cut--;
		}
		return name.substring(0, cut) + "\u2026" + extension;
	}

	/**
	 * The file waiting between preview and apply.
	 *
	 * @param surveyRound the survey round whose results the file holds, {@code null} for an uploaded file
	 */
	record Pending(String fileName, byte[] bytes, Long surveyRound) implements Serializable {

		Pending(String fileName, byte[] bytes) {
			this(fileName, bytes, null);
		}

		String sha256() {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.bytes));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
