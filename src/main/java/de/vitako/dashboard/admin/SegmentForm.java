package de.vitako.dashboard.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import de.vitako.dashboard.figures.LocalizedText;

/**
 * A segment as an editor adds or relabels it; its code is set once, when it is added.
 *
 * @param version the metric's version when the form was shown
 */
public record SegmentForm(
		@NotBlank(message = "{catalogue.code.required}") @Pattern(regexp = "^[a-z][a-z0-9_]{0,63}$",
				message = "{catalogue.code.invalid}") String segmentCode,
		@NotBlank(message = "{catalogue.label.required}") @AdminText(max = 200,
				tooLong = "{catalogue.label.tooLong}") String segmentLabelDe,
		@NotBlank(message = "{catalogue.label.required}") @AdminText(max = 200,
				tooLong = "{catalogue.label.tooLong}") String segmentLabelEn,
		Long version) {

	static SegmentForm empty(long version) {
		return new SegmentForm("", "", "", version);
	}

	LocalizedText label() {
		return new LocalizedText(this.segmentLabelDe.strip(), this.segmentLabelEn.strip());
	}

}
