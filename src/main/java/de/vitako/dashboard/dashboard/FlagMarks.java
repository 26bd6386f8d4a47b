package de.vitako.dashboard.dashboard;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.dashboard.ChartConfig.Dataset;
import de.vitako.dashboard.figures.FigureStatus;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.data.general.PieDataset;

/**
 * How a chart image marks flagged values, as the page's chart does: a triangle on a line, an outline on a bar, the
 * flag's sign after the value's label; a confidential value is a gap.
 */
final class FlagMarks {

	/** The sign of a confidential value, the same in both languages. */
	static final String CONFIDENTIAL = FigureStatus.CONFIDENTIAL.sign(Locale.GERMAN);

	/** A flagged value's point on a line, larger than the round ones. */
	static final Shape TRIANGLE = triangle();

	/** A flagged value's bar outline. */
	private static final Stroke OUTLINE = new BasicStroke(2f);

	private FlagMarks() {
	}

	/** The sign of a value's flag, or {@code null}. */
	static String flag(Dataset dataset, int index) {
		return (dataset.flags() != null) ? dataset.flags().get(index) : null;
	}

	/** A flagged bar's outline; none for the others. */
	static Stroke outline(ChartConfig config, int row, int column) {
		return (flag(config.datasets().get(row), column) != null) ? OUTLINE : null;
	}

	/** A value's label with its flag's sign after it: "170.000 p". */
	static String withSign(String label, String flag) {
		return (flag != null) ? label + "\u00a0" + flag : label;
	}

	private static Shape triangle() {
		Path2D.Double triangle = new Path2D.Double();
		triangle.moveTo(0, -6);
		triangle.lineTo(6, 5);
		triangle.lineTo(-6, 5);
		triangle.closePath();
		return triangle;
	}

	/** A doughnut's slice labels: the value, with its flag's sign. */
	static final class SectionLabels extends StandardPieSectionLabelGenerator {

		private final Dataset dataset;

		private final List<String> labels;

		SectionLabels(NumberFormat values, Dataset dataset, List<String> labels) {
			super("{1}", values, NumberFormat.getPercentInstance());
			this.dataset = dataset;
			this.labels = labels;
		}

		@Override
		public String generateSectionLabel(PieDataset dataset, Comparable key) {
			return withSign(super.generateSectionLabel(dataset, key),
					flag(this.dataset, this.labels.indexOf(String.valueOf(key))));
		}

	}

}
