package de.vitako.dashboard.dashboard;

import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureSearch;
import de.vitako.dashboard.figures.FigureSearch.SearchHit;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site's search: a page of the latest release's metrics that a query finds, in either language, without
 * JavaScript; the header's search box leads here.
 */
@Controller
class SearchController {

	private final FigureSearch search;

	private final FigureSnapshots snapshots;

	private final Messages messages;

	SearchController(FigureSearch search, FigureSnapshots snapshots, MessageSource messages) {
		this.search = search;
		this.snapshots = snapshots;
		this.messages = new Messages(messages);
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, Model model, Locale locale) {
		FigureSnapshot latest = this.snapshots.snapshot();
		String query = (q == null) ? "" : q.strip();
		if (query.length() > FigureSearch.MAX_QUERY) {
			query = query.substring(0, FigureSearch.MAX_QUERY);
		}
		List<Result> results = latest.isDraft() ? List.of()
				: this.search.search(query, latest.release().number())
					.stream()
					.flatMap((hit) -> latest.metric(hit.metric())
						.map((data) -> result(data.metric(), hit, locale))
						.stream())
					.toList();
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("searchPage", true);
		return "dashboard/search";
	}

	private Result result(MetricInfo metric, SearchHit hit, Locale locale) {
		List<String> fields = hit.fields()
			.stream()
			.map((field) -> this.messages.get(field.messageKey(), locale))
			.toList();
		return new Result(metric.slug(), metric.label().in(locale), metric.description().in(locale),
				String.join(", ", fields));
	}

	/** A metric found, as the results page lists it: its page, name, description, and where the words were. */
	record Result(String slug, String label, String description, String foundIn) {
	}

}
