package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import de.vitako.dashboard.figures.ChartKind;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricDefinition;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.figures.catalogue.CatalogueEntry;

/**
 * A metric as an editor creates or changes it. A new metric comes with its first segment (a metric has at least
 * one) and its place on the overview; those fields are checked only for a new one ({@link Creation}).
 *
 * @param segmentsAddUp, partsOfWhole checked boxes; {@code null} where a browser sends nothing for an unchecked one
 * @param before the metric the new one comes before on the overview; empty for the end
 * @param version the metric's version when the form was shown; {@code null} for a new metric
 */
public record MetricForm(
		@NotBlank(message = "{catalogue.code.required}") @Pattern(regexp = "^[a-z][a-z0-9_]{0,63}$",
				message = "{catalogue.code.invalid}") String code,
		@NotBlank(message = "{catalogue.label.required}") @AdminText(max = 200,
				tooLong = "{catalogue.label.tooLong}") String labelDe,
		@NotBlank(message = "{catalogue.label.required}") @AdminText(max = 200,
				tooLong = "{catalogue.label.tooLong}") String labelEn,
		@AdminText(max = 2000, tooLong = "{catalogue.description.tooLong}") String descriptionDe,
		@AdminText(max = 2000, tooLong = "{catalogue.description.tooLong}") String descriptionEn,
		@NotNull(message = "{catalogue.unit.required}") Unit unit, Boolean segmentsAddUp, Boolean partsOfWhole,
		@Pattern(regexp = "^(|bar|stacked_bar|line|doughnut)$", message = "{catalogue.chartKind.invalid}") String chartKind,
		String before,
		@NotBlank(groups = Creation.class, message = "{catalogue.code.required}") @Pattern(groups = Creation.class,
				regexp = "^[a-z][a-z0-9_]{0,63}$", message = "{catalogue.code.invalid}") String segmentCode,
		@NotBlank(groups = Creation.class, message = "{catalogue.label.required}") @AdminText(groups = Creation.class,
				max = 200, tooLong = "{catalogue.label.tooLong}") String segmentLabelDe,
		@NotBlank(groups = Creation.class, message = "{catalogue.label.required}") @AdminText(groups = Creation.class,
				max = 200, tooLong = "{catalogue.label.tooLong}") String segmentLabelEn,
		Long version) {

	/** The checks of a new metric's first segment. */
	interface Creation {

	}

	static MetricForm empty() {
		return new MetricForm("", "", "", "", "", Unit.COUNT, false, false, "", "", "", "", "", null);
	}

	static MetricForm of(CatalogueEntry entry) {
		MetricDefinition metric = entry.definition();
		return new MetricForm(metric.code(), metric.label().de(), metric.label().en(), metric.description().de(),
				metric.description().en(), metric.unit(), metric.segmentsAddUp(), metric.partsOfWhole(),
				(metric.chartKind() == null) ? "" : metric.chartKind().code(), "", "", "", "", entry.version());
	}

	MetricDefinition definition() {
		return new MetricDefinition(this.code.strip(), new LocalizedText(this.labelDe.strip(), this.labelEn.strip()),
				new LocalizedText(strip(this.descriptionDe), strip(this.descriptionEn)), this.unit,
				Boolean.TRUE.equals(this.segmentsAddUp), Boolean.TRUE.equals(this.partsOfWhole),
				ChartKind.fromCode(this.chartKind));
	}

	LocalizedText segmentLabel() {
		return new LocalizedText(this.segmentLabelDe.strip(), this.segmentLabelEn.strip());
	}

	private static String strip(String text) {
		return (text == null) ? "" : text.strip();
	}

}
