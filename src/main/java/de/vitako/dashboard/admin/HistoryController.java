package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.draft.FigureChangeView;
import de.vitako.dashboard.figures.draft.FigureConflictException;
import de.vitako.dashboard.figures.draft.FigureEditor;
import de.vitako.dashboard.figures.draft.FigureHistory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history of every change, and the restore of a figure's state before a change: a versioned write like every
 * other edit, so that it never overwrites a change the admin has not seen.
 */
@Controller
class HistoryController {

	private final FigureSnapshots snapshots;

	private final FigureEditor editor;

	private final FigureHistory history;

	private final FigureLookup lookup;

	HistoryController(FigureSnapshots snapshots, FigureEditor editor, FigureHistory history, FigureLookup lookup) {
		this.snapshots = snapshots;
		this.editor = editor;
		this.history = history;
		this.lookup = lookup;
	}

	@GetMapping("/admin/history")
	String history(@RequestParam(required = false) String metric, @RequestParam(required = false) String segment,
			@RequestParam(required = false) Integer year, Model model) {
		Optional<String> selected = Optional.ofNullable(metric).filter((m) -> !m.isBlank());
		selected.ifPresent(this.lookup::metricInfo);
		List<FigureChangeView> changes = selected.isPresent() && segment != null && year != null
				? this.history.history(metric, segment, year) : this.history.history(selected);
		FigureSnapshot snapshot = this.snapshots.draft();
		model.addAttribute("changes", changes.stream()
			.map((change) -> new HistoryRow(change, currentVersion(snapshot, change)))
			.toList());
		model.addAttribute("metrics", this.snapshots.metrics());
		model.addAttribute("selected", selected.orElse(""));
		return "admin/history";
	}

	@GetMapping("/admin/history/{changeId:[1-9]\\d{0,17}}/restore")
	String confirmRestore(@PathVariable long changeId, Model model) {
		FigureChangeView change = restorable(changeId);
		FigureValue current = this.editor.current(change.metric(), change.segment(), change.year()).orElse(null);
		return view(change, current, new RestoreForm(current == null ? null : current.version()), model);
	}

	@PostMapping("/admin/history/{changeId:[1-9]\\d{0,17}}/restore")
	String restore(@PathVariable long changeId, @ModelAttribute("form") RestoreForm form, Model model,
			Principal principal, RedirectAttributes redirect) {
		FigureChangeView change = restorable(changeId);
		boolean changed;
		try {
			changed = this.editor.restore(changeId, form.version(), principal.getName());
		}
		catch (FigureConflictException conflict) {
			FigureValue current = conflict.current();
			model.addAttribute("conflict", conflict);
			return view(change, current, new RestoreForm(current == null ? null : current.version()), model);
		}
		redirect.addFlashAttribute("message", changed ? "admin.restored" : "admin.unchanged");
		redirect.addAttribute("metric", change.metric());
		return "redirect:/admin/history?metric={metric}";
	}

	private FigureChangeView restorable(long changeId) {
		return this.editor.change(changeId)
			.filter(FigureChangeView::restorable)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String view(FigureChangeView change, FigureValue current, RestoreForm form, Model model) {
		model.addAttribute("change", change);
		model.addAttribute("current", current);
		model.addAttribute("metric", this.lookup.metricInfo(change.metric()));
		model.addAttribute("form", form);
		return "admin/restore";
	}

	private static Long currentVersion(FigureSnapshot snapshot, FigureChangeView change) {
		return snapshot.metric(change.metric())
			.flatMap((data) -> data.figure(change.segment(), change.year()))
			.map(FigureValue::version)
			.orElse(null);
	}

	/** A change and the version of its figure as this page shows it, for the restore button's form. */
	record HistoryRow(FigureChangeView change, Long currentVersion) {
	}

}
