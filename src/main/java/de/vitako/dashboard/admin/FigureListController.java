package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.draft.FigureEditor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The figures by metric and year, each as published and as in the draft, marked where they differ; with the
 * links to correct, delete and add, and the button that takes a draft change back.
 */
@Controller
class FigureListController {

	private final FigureSnapshots snapshots;

	private final FigureEditor editor;

	FigureListController(FigureSnapshots snapshots, FigureEditor editor) {
		this.snapshots = snapshots;
		this.editor = editor;
	}

	@GetMapping("/admin")
	String home() {
		return "redirect:/admin/figures";
	}

	@GetMapping("/admin/figures")
	String figures(@RequestParam(required = false) String metric, Model model) {
		List<MetricData> drafts = this.snapshots.draft().metrics();
		model.addAttribute("metrics", drafts);
		model.addAttribute("release", this.snapshots.snapshot().release());
		model.addAttribute("selected", drafts.stream()
			.filter((m) -> metric == null || m.metric().code().equals(metric))
			.map((m) -> new DraftTable(m, rows(m)))
			.toList());
		return "admin/figures";
	}

	@PostMapping("/admin/figures/discard")
	String discard(@RequestParam String metric, @RequestParam String segment, @RequestParam int year,
			Principal principal, RedirectAttributes redirect) {
		boolean changed = this.editor.discard(metric, segment, year, principal.getName());
		return AdminForms.toList(redirect, changed ? "admin.discarded" : "admin.unchanged", metric);
	}

	/** Every figure of the draft or of the latest release, in year and segment order. */
	private List<DraftRow> rows(MetricData draft) {
		Map<String, FigureValue> published = new LinkedHashMap<>();
		this.snapshots.snapshot()
			.metric(draft.metric().code())
			.ifPresent((data) -> data.figures().forEach((f) -> published.put(f.segment() + "/" + f.year(), f)));
		List<DraftRow> rows = new ArrayList<>();
		for (FigureValue figure : draft.figures()) {
			rows.add(new DraftRow(figure.metric(), figure.segment(), figure.year(),
					published.remove(figure.segment() + "/" + figure.year()), figure));
		}
		published.values().forEach((f) -> rows.add(new DraftRow(f.metric(), f.segment(), f.year(), f, null)));
		List<String> order = draft.metric().segments().stream().map(SegmentInfo::code).toList();
		rows.sort(Comparator.comparingInt(DraftRow::year).thenComparingInt((row) -> order.indexOf(row.segment())));
		return rows;
	}

	/** A metric's rows for the list. */
	record DraftTable(MetricData data, List<DraftRow> rows) {
	}

}
