package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.draft.DuplicateFigureException;
import de.vitako.dashboard.figures.draft.FigureEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adds one year's figures of a metric, all segments in one form, all or nothing.
 */
@Controller
@RequestMapping("/admin/metrics/{code}/years/new")
class NewYearController {

	private final FigureLookup lookup;

	private final FigureEditor editor;

	private final PlausibilityCheck plausibility;

	NewYearController(FigureLookup lookup, FigureEditor editor, PlausibilityCheck plausibility) {
		this.lookup = lookup;
		this.editor = editor;
		this.plausibility = plausibility;
	}

	@InitBinder("form")
	void readNumbers(WebDataBinder binder, @PathVariable String code, Locale locale) {
		binder.addValidators(new FigureInputValidator(this.lookup.metricInfo(code).unit(), locale));
	}

	@GetMapping
	String newYear(@PathVariable String code, Model model) {
		MetricData data = this.lookup.metricData(code);
		int next = data.latestYear().orElse(2020) + 1;
		List<String> empty = new ArrayList<>(data.metric().segments().stream().map((s) -> "").toList());
		// a new year usually comes from the same kind of source as the last one: the admin corrects, not retypes
		String source = data.latestYear()
			.stream()
			.mapToObj(data::figuresIn)
			.flatMap(List::stream)
			.map(FigureValue::sourceTitle)
			.findFirst()
			.orElse("");
		model.addAttribute("form", new NewYearForm(String.valueOf(next), empty, new ArrayList<>(empty), source, "", "",
				"", "", false));
		return view(data, model);
	}

	@PostMapping
	String addYear(@PathVariable String code, @Valid @ModelAttribute("form") NewYearForm form, BindingResult result,
			Model model, Locale locale, Principal principal, RedirectAttributes redirect) {
		MetricData data = this.lookup.metricData(code);
		List<SegmentInfo> segments = data.metric().segments();
		if (form.values() != null && form.values().size() > segments.size()) {
			result.reject("admin.values.tooMany");
		}
		Integer year = NumberInput.year(form.year());
		FigureInputValidator numbers = new FigureInputValidator(data.metric().unit(), locale);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Map<String, FigureStatus> statuses = new LinkedHashMap<>();
		for (int i = 0; i < segments.size(); i++) {
			String typed = form.value(i);
			if ((typed == null || typed.isBlank()) && !result.hasFieldErrors("statuses[" + i + "]")
					&& form.status(i) == null) {
				continue;
			}
			if (year != null && data.figure(segments.get(i).code(), year).isPresent()) {
				result.rejectValue("values[" + i + "]", "admin.figure.exists");
			}
			if (!result.hasFieldErrors("values[" + i + "]") && !result.hasFieldErrors("statuses[" + i + "]")) {
				FigureStatus status = form.status(i);
				statuses.put(segments.get(i).code(), status);
				BigDecimal value = numbers.parsed(typed, status);
				if (value != null) {
					values.put(segments.get(i).code(), value);
				}
			}
		}
		if (statuses.isEmpty() && !result.hasFieldErrors("values*") && !result.hasFieldErrors("statuses*")) {
			result.reject("admin.values.none");
		}
		if (result.hasErrors()) {
			return view(data, model);
		}
		if (!Boolean.TRUE.equals(form.confirmed())) {
			List<String> warnings = this.plausibility.warnings(data, year, values, locale);
			if (!warnings.isEmpty()) {
				model.addAttribute("warnings", warnings);
				return view(data, model);
			}
		}
		Map<String, FigureContent> contents = new LinkedHashMap<>();
		statuses.forEach((segment, status) -> contents.put(segment, form.content(values.get(segment), status)));
		try {
			this.editor.createYear(code, year, contents, form.reason(), principal.getName());
		}
		catch (DuplicateFigureException duplicate) {
			int index = segments.stream().map(SegmentInfo::code).toList().indexOf(duplicate.segment());
			result.rejectValue("values[" + index + "]", "admin.figure.exists");
			return view(data, model);
		}
		return AdminForms.toList(redirect, "admin.added", code);
	}

	private String view(MetricData data, Model model) {
		model.addAttribute("metric", data.metric());
		return "admin/new-year";
	}

}
