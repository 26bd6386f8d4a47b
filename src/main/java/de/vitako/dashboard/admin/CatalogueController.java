package de.vitako.dashboard.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.HeadlineTile;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.catalogue.CatalogueEditor;
import de.vitako.dashboard.figures.catalogue.CatalogueEntry;
import de.vitako.dashboard.figures.catalogue.CatalogueHistory;
import de.vitako.dashboard.figures.catalogue.CatalogueRefusedException;
import de.vitako.dashboard.figures.catalogue.HeadlineTiles;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The metric catalogue in the admin area: the list in the overview's order with the catalogue's recent history,
 * and the overview's headline tiles (added, moved, removed). A metric and its segments have controllers of their
 * own ({@link CatalogueMetricController}, {@link CatalogueSegmentController}). Every change goes into the draft and
 * is published with the next release.
 */
@Controller
@RequestMapping("/admin/catalogue")
class CatalogueController {

	private static final String TILES = "redirect:/admin/catalogue#tiles-title";

	private final CatalogueEditor editor;

	private final HeadlineTiles tiles;

	private final CatalogueHistory history;

	private final CatalogueResponses responses;

	CatalogueController(CatalogueEditor editor, HeadlineTiles tiles, CatalogueHistory history,
			CatalogueResponses responses) {
		this.editor = editor;
		this.tiles = tiles;
		this.history = history;
		this.responses = responses;
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
				this.tiles.add(form.metric(), form.segment(), form.text(), principal.getName());
				this.responses.success(redirect, "catalogue.tile.added", locale);
				return TILES;
			}
			catch (CatalogueRefusedException refused) {
				CatalogueResponses.reject(result, refused);
			}
		}
		return list(model, HttpStatus.UNPROCESSABLE_CONTENT, response);
	}

	/** Moves a headline tile one place up ({@code direction} -1) or down (1). */
	@PostMapping("/tiles/{id:[1-9]\\d{0,17}}/move")
	String moveTile(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "0") int direction,
			Principal principal, Locale locale, RedirectAttributes redirect) {
		return this.responses.act(() -> this.tiles.move(id, version, direction, principal.getName()),
				"catalogue.moved", locale, redirect, TILES);
	}

	@PostMapping("/tiles/{id:[1-9]\\d{0,17}}/remove")
	String removeTile(@PathVariable long id, @RequestParam long version, Principal principal, Locale locale,
			RedirectAttributes redirect) {
		return this.responses.act(() -> this.tiles.remove(id, version, principal.getName()),
				"catalogue.tile.removed", locale, redirect, TILES);
	}

	private String list(Model model, HttpStatus status, HttpServletResponse response) {
		if (response != null) {
			response.setStatus(status.value());
		}
		List<CatalogueEntry> entries = this.editor.entries();
		model.addAttribute("entries", entries);
		model.addAttribute("tiles", this.tiles.all()
			.stream()
			.map((tile) -> TileRow.of(tile, entries))
			.toList());
		model.addAttribute("history", this.history.latest(null, 20));
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

}
