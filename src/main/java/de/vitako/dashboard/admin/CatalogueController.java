package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import de.vitako.dashboard.figures.CatalogueEditor;
import de.vitako.dashboard.figures.CatalogueEntry;
import de.vitako.dashboard.figures.CatalogueRefusedException;
import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.HeadlineTile;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The metric catalogue in the admin area: the list in the overview's order, a new metric with its first segment,
 * and per metric its labels, descriptions, unit and chart, its segments (added, relabelled, reordered, retired),
 * its place, retirement or deletion, and its history. Every change goes into the draft and is published with the
 * next release.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueController {

	private final CatalogueEditor editor;

	private final Messages messages;

	CatalogueController(CatalogueEditor editor, MessageSource messages) {
		this.editor = editor;
		this.messages = new Messages(messages);
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("units", Unit.values());
		model.addAttribute("chartKinds", ChartKind.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tileForm", TileForm.empty());
		return list(model, HttpStatus.OK, null);
	}

	/** Adds a headline tile to the overview. */
	@PostMapping("/tiles")
	String addTile(@Validated @ModelAttribute("tileForm") TileForm form, BindingResult result, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.halfATitle()) {
			result.rejectValue(form.textDe() == null || form.textDe().isBlank() ? "textDe" : "textEn",
					"catalogue.tile.bothTexts");
		}
		if (!result.hasErrors()) {
			try {
				this.editor.addHeadline(form.metric(), form.segment(), form.text(), principal.getName());
				redirect.addFlashAttribute("success", this.messages.get("catalogue.tile.added", locale));
				return "redirect:/admin/catalogue#tiles-title";
			}
			catch (CatalogueRefusedException refused) {
				reject(result, refused);
			}
		}
		return list(model, HttpStatus.UNPROCESSABLE_CONTENT, response);
	}

	/** Moves ({@code direction} -1 or 1) or removes a headline tile. */
	@PostMapping("/tiles/{id:[1-9]\\d{0,17}}/{action:move|remove}")
	String actOnTile(@PathVariable long id, @PathVariable String action, @RequestParam long version,
			@RequestParam(defaultValue = "0") int direction, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		String user = principal.getName();
		return ("move".equals(action))
				? act(() -> this.editor.moveHeadline(id, version, direction, user), "catalogue.moved", locale,
						redirect, "redirect:/admin/catalogue#tiles-title")
				: act(() -> this.editor.removeHeadline(id, version, user), "catalogue.tile.removed", locale, redirect,
						"redirect:/admin/catalogue#tiles-title");
	}

	private String list(Model model, HttpStatus status, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(status.value());
		}
		List<CatalogueEntry> entries = this.editor.entries();
		model.addAttribute("entries", entries);
		model.addAttribute("tiles", this.editor.headlines()
			.stream()
			.map((tile) -> TileRow.of(tile, entries))
			.toList());
		model.addAttribute("history", this.editor.history(null, 20));
		return "admin/catalogue";
	}

	/** A headline tile as the list shows it: the metric's and segment's labels, and its own text if it has one. */
	public record TileRow(long id, long version, LocalizedText metric, LocalizedText segment, LocalizedText text) {

		static TileRow of(HeadlineTile tile, List<CatalogueEntry> entries) {
			Headline headline = tile.headline();
			Optional<CatalogueEntry> entry = entries.stream().filter((e) -> e.code().equals(headline.metric()))
				.findFirst();
			LocalizedText metric = entry.map((e) -> e.definition().label())
				.orElse(new LocalizedText(headline.metric(), headline.metric()));
			LocalizedText segment = (headline.segment() == null) ? null : entry.flatMap((e) -> e.segment(headline.segment()))
				.map(CatalogueEntry.SegmentEntry::label)
				.orElse(new LocalizedText(headline.segment(), headline.segment()));
			return new TileRow(tile.id(), tile.version(), metric, segment, headline.text());
		}

	}

	@GetMapping("/new")
	String newMetric(Model model) {
		model.addAttribute("form", MetricForm.empty());
		return creation(model);
	}

	@PostMapping("/new")
	String create(@Validated({ Default.class, MetricForm.Creation.class }) @ModelAttribute("form") MetricForm form,
			BindingResult result, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				String before = (form.before() == null || form.before().isBlank()) ? null : form.before();
				this.editor.create(form.definition(), form.segmentCode().strip(), form.segmentLabel(), before,
						principal.getName());
				redirect.addFlashAttribute("success",
						this.messages.get("catalogue.created", locale, form.definition().label().in(locale)));
				return "redirect:/admin/catalogue/" + form.code().strip();
			}
			catch (CatalogueRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return creation(model);
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		CatalogueEntry entry = entry(code);
		model.addAttribute("form", MetricForm.of(entry));
		model.addAttribute("segmentForm", SegmentForm.empty(entry.version()));
		return view(entry, model);
	}

	@PostMapping("/{code}")
	String update(@PathVariable String code, @Validated @ModelAttribute("form") MetricForm form,
			BindingResult result, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		CatalogueEntry entry = entry(code);
		long version = AdminForms.requireVersion(form.version());
		// the code is fixed: the form shows it but does not change it
		MetricForm fixed = new MetricForm(code, form.labelDe(), form.labelEn(), form.descriptionDe(),
				form.descriptionEn(), form.unit(), form.segmentsAddUp(), form.partsOfWhole(), form.chartKind(), "",
				"", "", "", version);
		if (result.getFieldErrorCount() == result.getFieldErrorCount("code") && !result.hasGlobalErrors()) {
			try {
				this.editor.edit(fixed.definition(), version, principal.getName());
				redirect.addFlashAttribute("success", this.messages.get("catalogue.saved", locale));
				return "redirect:/admin/catalogue/" + code;
			}
			catch (CatalogueRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("segmentForm", SegmentForm.empty(entry.version()));
		return view(entry, model);
	}

	/** Moves ({@code direction} -1 or 1), retires, reinstates or deletes a metric. */
	@PostMapping("/{code}/{action:move|retire|reinstate|delete}")
	String act(@PathVariable String code, @PathVariable String action, @RequestParam long version,
			@RequestParam(defaultValue = "0") int direction, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		String user = principal.getName();
		String page = "redirect:/admin/catalogue/" + code;
		return switch (action) {
			case "move" -> act(() -> this.editor.move(code, version, direction, user), "catalogue.moved", locale,
					redirect, "redirect:/admin/catalogue");
			case "retire" -> act(() -> this.editor.retire(code, version, user), "catalogue.retired", locale, redirect,
					page);
			case "reinstate" -> act(() -> this.editor.reinstate(code, version, user), "catalogue.reinstated", locale,
					redirect, page);
			default -> {
				String done = act(() -> this.editor.delete(code, version, user), "catalogue.deleted", locale, redirect,
						"redirect:/admin/catalogue");
				yield redirect.getFlashAttributes().containsKey("problem") ? page : done;
			}
		};
	}

	@PostMapping("/{code}/segments")
	String addSegment(@PathVariable String code, @Validated @ModelAttribute("segmentForm") SegmentForm form,
			BindingResult result, Principal principal, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		CatalogueEntry entry = entry(code);
		long version = AdminForms.requireVersion(form.version());
		if (!result.hasErrors()) {
			try {
				this.editor.addSegment(code, version, form.segmentCode().strip(), form.label(), principal.getName());
				redirect.addFlashAttribute("success",
						this.messages.get("catalogue.segment.added", locale, form.label().in(locale)));
				return "redirect:/admin/catalogue/" + code;
			}
			catch (CatalogueRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("form", MetricForm.of(entry));
		return view(entry, model);
	}

	@GetMapping("/{code}/segments/{segment}")
	String segment(@PathVariable String code, @PathVariable String segment, Model model) {
		CatalogueEntry entry = entry(code);
		CatalogueEntry.SegmentEntry found = segment(entry, segment);
		model.addAttribute("segmentForm",
				new SegmentForm(found.code(), found.label().de(), found.label().en(), entry.version()));
		return segmentView(entry, found, model);
	}

	@PostMapping("/{code}/segments/{segment}")
	String relabelSegment(@PathVariable String code, @PathVariable String segment,
			@Validated @ModelAttribute("segmentForm") SegmentForm form, BindingResult result, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		CatalogueEntry entry = entry(code);
		CatalogueEntry.SegmentEntry found = segment(entry, segment);
		long version = AdminForms.requireVersion(form.version());
		// the code is fixed; only the labels change
		if (result.getFieldErrorCount() == result.getFieldErrorCount("segmentCode")) {
			try {
				this.editor.relabelSegment(code, version, segment, form.label(), principal.getName());
				redirect.addFlashAttribute("success", this.messages.get("catalogue.saved", locale));
				return "redirect:/admin/catalogue/" + code;
			}
			catch (CatalogueRefusedException refused) {
				reject(result, refused);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return segmentView(entry, found, model);
	}

	/** Moves ({@code direction} -1 or 1), retires, reinstates or deletes a segment. */
	@PostMapping("/{code}/segments/{segment}/{action:move|retire|reinstate|delete}")
	String actOnSegment(@PathVariable String code, @PathVariable String segment, @PathVariable String action,
			@RequestParam long version, @RequestParam(defaultValue = "0") int direction, Principal principal,
			Locale locale, RedirectAttributes redirect) {
		String user = principal.getName();
		Runnable change = switch (action) {
			case "move" -> () -> this.editor.moveSegment(code, version, segment, direction, user);
			case "retire" -> () -> this.editor.retireSegment(code, version, segment, user);
			case "reinstate" -> () -> this.editor.reinstateSegment(code, version, segment, user);
			default -> () -> this.editor.deleteSegment(code, version, segment, user);
		};
		String done = switch (action) {
			case "move" -> "catalogue.moved";
			case "retire" -> "catalogue.retired";
			case "reinstate" -> "catalogue.reinstated";
			default -> "catalogue.deleted";
		};
		return act(change, done, locale, redirect, "redirect:/admin/catalogue/" + code);
	}

	private String act(Runnable change, String done, Locale locale, RedirectAttributes redirect, String target) {
		try {
			change.run();
			redirect.addFlashAttribute("success", this.messages.get(done, locale));
		}
		catch (CatalogueRefusedException refused) {
			redirect.addFlashAttribute("problem", this.messages.get(refused.key(), locale, refused.arguments()));
		}
		return target;
	}

	private static void reject(BindingResult result, CatalogueRefusedException refused) {
		if (refused.field() != null) {
			result.rejectValue(refused.field(), refused.key(), refused.arguments(), null);
		}
		else {
			result.reject(refused.key(), refused.arguments(), null);
		}
	}

	private String creation(Model model) {
		model.addAttribute("entries", this.editor.entries().stream().filter((e) -> !e.retired()).toList());
		return "admin/catalogue-new";
	}

	private String view(CatalogueEntry entry, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("history", this.editor.history(entry.code(), 20));
		return "admin/catalogue-metric";
	}

	private String segmentView(CatalogueEntry entry, CatalogueEntry.SegmentEntry segment, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("segment", segment);
		return "admin/catalogue-segment";
	}

	private CatalogueEntry entry(String code) {
		return this.editor.entry(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static CatalogueEntry.SegmentEntry segment(CatalogueEntry entry, String code) {
		return entry.segment(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
