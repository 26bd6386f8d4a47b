package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import de.vitako.dashboard.admin.NumberInput.Result;
import de.vitako.dashboard.figures.DuplicateFigureException;
import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.FigureConflictException;
import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureEditor;
import de.vitako.dashboard.figures.FigureNotFoundException;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin forms: list the figures, correct one, add a year, delete with confirmation, and the history with
 * restore. Every form binds to a record, is validated with messages from the bundles, and redirects after a
 * successful post.
 */
@Controller
@RequestMapping("/admin")
class AdminController {

	private final FigureCatalog catalog;

	private final FigureEditor editor;

	private final PlausibilityCheck plausibility;

	AdminController(FigureCatalog catalog, FigureEditor editor, PlausibilityCheck plausibility) {
		this.catalog = catalog;
		this.editor = editor;
		this.plausibility = plausibility;
	}

	@ModelAttribute
	void noStore(HttpServletResponse response) {
		AdminSecurityConfiguration.noStore(response);
	}

	@GetMapping
	String home() {
		return "redirect:/admin/figures";
	}

	@GetMapping("/figures")
	String figures(@RequestParam(required = false) String metric, Model model) {
		List<MetricData> metrics = this.catalog.snapshot().metrics();
		model.addAttribute("metrics", metrics);
		model.addAttribute("selected", metrics.stream()
			.filter((m) -> metric == null || m.metric().code().equals(metric))
			.toList());
		return "admin/figures";
	}

	// --- correct one figure

	@GetMapping("/figures/{id}/edit")
	String edit(@PathVariable long id, Model model, Locale locale) {
		FigureValue figure = figure(id);
		model.addAttribute("form", new FigureForm(input(figure.value(), locale), figure.sourceTitle(),
				figure.sourcePage() == null ? "" : String.valueOf(figure.sourcePage()), figure.note(), "",
				figure.version(), false));
		return editView(figure, model);
	}

	@PostMapping("/figures/{id}/edit")
	String correct(@PathVariable long id, @Valid @ModelAttribute("form") FigureForm form, BindingResult result,
			Model model, Locale locale, Principal principal, RedirectAttributes redirect) {
		FigureValue figure = figure(id);
		requireVersion(form.version());
		MetricData data = metricData(figure.metric());
		BigDecimal value = value(form.value(), "value", data.metric().unit(), result, locale);
		Integer page = page(form.sourcePage(), result);
		if (result.hasErrors()) {
			return editView(figure, model);
		}
		if (!Boolean.TRUE.equals(form.confirmed())) {
			List<String> warnings = this.plausibility.warnings(data, figure.year(), Map.of(figure.segment(), value),
					locale);
			if (!warnings.isEmpty()) {
				model.addAttribute("warnings", warnings);
				return editView(figure, model);
			}
		}
		try {
			this.editor.correct(id, form.version(), new FigureContent(value, form.sourceTitle().strip(), page,
					blankToNull(form.note())), form.reason(), principal.getName());
		}
		catch (FigureConflictException conflict) {
			FigureValue current = conflict.current();
			model.addAttribute("conflict", conflict);
			model.addAttribute("form", new FigureForm(form.value(), form.sourceTitle(), form.sourcePage(), form.note(),
					form.reason(), current.version(), form.confirmed()));
			return editView(current, model);
		}
		return toList(redirect, "admin.saved", figure.metric());
	}

	private String editView(FigureValue figure, Model model) {
		model.addAttribute("figure", figure);
		model.addAttribute("metric", metricInfo(figure.metric()));
		return "admin/edit";
	}

	// --- add a year

	@GetMapping("/metrics/{code}/years/new")
	String newYear(@PathVariable String code, Model model) {
		MetricData data = metricData(code);
		int next = data.latestYear().orElse(2020) + 1;
		List<String> empty = new ArrayList<>(data.metric().segments().stream().map((s) -> "").toList());
		model.addAttribute("form", new NewYearForm(String.valueOf(next), empty, "", "", "", "", false));
		return newYearView(data, model);
	}

	@PostMapping("/metrics/{code}/years/new")
	String addYear(@PathVariable String code, @Valid @ModelAttribute("form") NewYearForm form, BindingResult result,
			Model model, Locale locale, Principal principal, RedirectAttributes redirect) {
		MetricData data = metricData(code);
		Integer year = NumberInput.year(form.year());
		if (year == null) {
			result.rejectValue("year", "admin.year.invalid");
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		List<SegmentInfo> segments = data.metric().segments();
		for (int i = 0; i < segments.size(); i++) {
			String typed = form.value(i);
			if (typed == null || typed.isBlank()) {
				continue;
			}
			BigDecimal value = value(typed, "values[" + i + "]", data.metric().unit(), result, locale);
			if (value != null) {
				values.put(segments.get(i).code(), value);
			}
			if (year != null && data.figure(segments.get(i).code(), year).isPresent()) {
				result.rejectValue("values[" + i + "]", "admin.figure.exists");
			}
		}
		if (values.isEmpty() && !result.hasFieldErrors("values*")) {
			result.reject("admin.values.none");
		}
		Integer page = page(form.sourcePage(), result);
		if (result.hasErrors()) {
			return newYearView(data, model);
		}
		if (!Boolean.TRUE.equals(form.confirmed())) {
			List<String> warnings = this.plausibility.warnings(data, year, values, locale);
			if (!warnings.isEmpty()) {
				model.addAttribute("warnings", warnings);
				return newYearView(data, model);
			}
		}
		Map<String, FigureContent> contents = new LinkedHashMap<>();
		values.forEach((segment, value) -> contents.put(segment,
				new FigureContent(value, form.sourceTitle().strip(), page, blankToNull(form.note()))));
		try {
			this.editor.createYear(code, year, contents, form.reason(), principal.getName());
		}
		catch (DuplicateFigureException duplicate) {
			int index = segments.stream().map(SegmentInfo::code).toList().indexOf(duplicate.segment());
			result.rejectValue("values[" + index + "]", "admin.figure.exists");
			return newYearView(data, model);
		}
		return toList(redirect, "admin.added", code);
	}

	private String newYearView(MetricData data, Model model) {
		model.addAttribute("metric", data.metric());
		return "admin/new-year";
	}

	// --- delete with confirmation

	@GetMapping("/figures/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		FigureValue figure = figure(id);
		model.addAttribute("form", new DeleteForm(figure.version(), ""));
		return deleteView(figure, model);
	}

	@PostMapping("/figures/{id}/delete")
	String delete(@PathVariable long id, @Valid @ModelAttribute("form") DeleteForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		FigureValue figure = figure(id);
		requireVersion(form.version());
		if (result.hasErrors()) {
			return deleteView(figure, model);
		}
		try {
			this.editor.delete(id, form.version(), form.reason(), principal.getName());
		}
		catch (FigureConflictException conflict) {
			model.addAttribute("conflict", conflict);
			model.addAttribute("form", new DeleteForm(conflict.current().version(), form.reason()));
			return deleteView(conflict.current(), model);
		}
		return toList(redirect, "admin.deleted", figure.metric());
	}

	private String deleteView(FigureValue figure, Model model) {
		model.addAttribute("figure", figure);
		model.addAttribute("metric", metricInfo(figure.metric()));
		return "admin/delete";
	}

	// --- history and restore

	@GetMapping("/history")
	String history(@RequestParam(required = false) String metric, @RequestParam(required = false) String segment,
			@RequestParam(required = false) Integer year, Model model) {
		if (metric != null && !metric.isBlank()) {
			metricInfo(metric);
		}
		Optional<String> selected = Optional.ofNullable(metric).filter((m) -> !m.isBlank());
		model.addAttribute("changes", selected.isPresent() && segment != null && year != null
				? this.editor.history(metric, segment, year) : this.editor.history(selected));
		model.addAttribute("metrics", this.catalog.metrics());
		model.addAttribute("selected", selected.orElse(""));
		return "admin/history";
	}

	@PostMapping("/history/{changeId}/restore")
	String restore(@PathVariable long changeId, Principal principal, RedirectAttributes redirect) {
		FigureValue restored;
		try {
			restored = this.editor.restore(changeId, principal.getName());
		}
		catch (FigureNotFoundException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("message", "admin.restored");
		redirect.addAttribute("metric", restored.metric());
		return "redirect:/admin/history?metric={metric}";
	}

	// --- helpers

	/** Post-redirect-get back to the metric's list, with a keyed success message. */
	private static String toList(RedirectAttributes redirect, String message, String metric) {
		redirect.addFlashAttribute("message", message);
		redirect.addAttribute("metric", metric);
		return "redirect:/admin/figures?metric={metric}";
	}

	/** A form without the version it was opened with was tampered with: refuse it, store nothing. */
	private static void requireVersion(Long version) {
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private FigureValue figure(long id) {
		return this.editor.figure(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private MetricData metricData(String code) {
		return this.catalog.metric(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private MetricInfo metricInfo(String code) {
		return this.catalog.metricInfo(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static BigDecimal value(String typed, String field, Unit unit, BindingResult result, Locale locale) {
		Result parsed = NumberInput.parse(typed, locale);
		if (!parsed.ok()) {
			result.rejectValue(field, parsed.problem());
			return null;
		}
		BigDecimal value = parsed.value();
		if (unit == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
			result.rejectValue(field, "admin.value.wholeNumber");
			return null;
		}
		if (unit == Unit.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			result.rejectValue(field, "admin.value.percentOver100");
			return null;
		}
		return value;
	}

	private static Integer page(String typed, BindingResult result) {
		Integer page = NumberInput.page(typed);
		if (page != null && page < 0) {
			result.rejectValue("sourcePage", "admin.sourcePage.invalid");
			return null;
		}
		return page;
	}

	private static String input(BigDecimal value, Locale locale) {
		String plain = value.stripTrailingZeros().toPlainString();
		return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
