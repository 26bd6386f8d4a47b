package de.vitako.dashboard.admin;

import java.util.List;

import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.MetricData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures by metric and year, with the links to correct, delete and add.
 */
@Controller
class FigureListController {

	private final FigureCatalog catalog;

	FigureListController(FigureCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/admin")
	String home() {
		return "redirect:/admin/figures";
	}

	@GetMapping("/admin/figures")
	String figures(@RequestParam(required = false) String metric, Model model) {
		List<MetricData> metrics = this.catalog.snapshot().metrics();
		model.addAttribute("metrics", metrics);
		model.addAttribute("selected", metrics.stream()
			.filter((m) -> metric == null || m.metric().code().equals(metric))
			.toList());
		return "admin/figures";
	}

}
