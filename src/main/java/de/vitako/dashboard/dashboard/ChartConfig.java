package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code charts.js} draws: the kind of chart, its labels and data sets, serialised once into the canvas's
 * {@code data-chart} attribute.
 *
 * @param type Chart.js's chart type: {@code bar}, {@code line} (a series over years) or {@code doughnut}
 * @param horizontal bars along the x axis (categories with long labels)
 * @param stacked shares of one whole, stacked per year
 * @param unit {@code count} or {@code percent}, for the number format of axes and tooltips
 * @param locale the readers' number format: {@code de-DE} or {@code en-GB}
 */
record ChartConfig(String type, boolean horizontal, boolean stacked, String unit, String locale, String title,
		List<String> labels, List<Dataset> datasets) {

	/** A doughnut and its legend need more height than a column chart (horizontal bars are sized by their bars). */
	boolean tall() {
		return "doughnut".equals(this.type);
	}

	/**
	 * One series: a colour for all its bars, or (for a doughnut) a colour for each slice. A confidential value is
	 * {@code null}: a gap, never a zero.
	 *
	 * @param flags each value's flag sign ({@code p}, {@code •} …) or {@code null}; {@code null} where no value has
	 * one, so that a chart without flags is written as before
	 * @param bases what each survey value rests on, as its tooltip says it ({@code n = 26 von 52}) or {@code null};
	 * {@code null} where no value has one
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Dataset(String label, List<BigDecimal> data, Object backgroundColor, List<String> flags,
			List<String> bases) {

		static Dataset coloured(String label, List<BigDecimal> data, String colour, List<String> flags) {
			return new Dataset(label, data, colour, orNull(flags), null);
		}

		static Dataset slices(String label, List<BigDecimal> data, List<String> colours, List<String> flags) {
			return new Dataset(label, data, colours, orNull(flags), null);
		}

		/** The same series with what each of its values rests on. */
		Dataset withBases(List<String> bases) {
			return new Dataset(this.label, this.data, this.backgroundColor, this.flags, orNull(bases));
		}

		private static List<String> orNull(List<String> texts) {
			return texts.stream().allMatch(Objects::isNull) ? null : texts;
		}

	}

}
