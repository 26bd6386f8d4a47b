package de.vitako.dashboard.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import de.vitako.dashboard.dashboard.ChartConfig.Dataset;
import de.vitako.dashboard.figures.Unit;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Draws a chart for publication, as PNG or SVG, from the same chart model the page's canvas draws
 * ({@link ChartConfig}): the same kind of chart, colours, labels and number formats, with its title, a subtitle
 * (unit and years) and a line with source, licence and release, so that the image reads on its own in an article.
 * <p>
 * JFreeChart lays out and draws the chart with Java2D; the JDK's ImageIO writes it as PNG, and Batik's SVG generator
 * records the same drawing as SVG, its texts kept as text.
 * <p>
 * The longest class here, for a reason: the kinds of chart, the caption and both formats share the fonts, colours,
 * margins and number formats of one drawing; apart, each part would pass them all to the others.
 */
@Component
class ChartImages {

	static final Color TEXT = Color.decode("#1a1a1a");

	static final Color MUTED = Color.decode("#4a4a4a");


	static final Color GRID = Color.decode("#d9dde1");

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	private static final String FONT = Font.SANS_SERIF;

	private final FigureFormatter format;

	ChartImages(FigureFormatter format) {
		this.format = format;
	}

	/** What the image says around its chart. */
	record Caption(String title, String subtitle, String footer, String description) {
	}

	byte[] png(ChartConfig config, Caption caption, int width, int height, int scale) {
		BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.scale(scale, scale);
			chart(config, caption).draw(g, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An SVG of the given size in CSS pixels that scales (a viewBox), with a title and description. */
	byte[] svg(ChartConfig config, Caption caption, int width, int height) {
		Document document;
		try {
			document = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.getDOMImplementation()
				.createDocument(SVG_NS, "svg", null);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
		SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
		context.setComment(null);
		context.setEmbeddedFontsOn(false);
		SVGGraphics2D g = new SVGGraphics2D(context, false);
		g.setSVGCanvasSize(new Dimension(width, height));
		chart(config, caption).draw(g, new Rectangle2D.Double(0, 0, width, height));
		// Batik's own writer adds the SVG 1.0 DOCTYPE, which SVG 2 drops and careful XML readers refuse: the JDK
		// writes the same elements without it
		Element root = g.getRoot(document.getDocumentElement());
		root.setAttribute("viewBox", "0 0 " + width + " " + height);
		// the document's default font, Java's "Dialog" otherwise, which no SVG viewer knows
		root.setAttribute("font-family", "sans-serif");
		root.setAttribute("role", "img");
		root.setAttribute("lang", config.locale().substring(0, 2));
		Element title = document.createElementNS(SVG_NS, "title");
		title.setTextContent(caption.title());
		Element description = document.createElementNS(SVG_NS, "desc");
		description.setTextContent(caption.description());
		root.insertBefore(description, root.getFirstChild());
		root.insertBefore(title, description);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Transformer writer = factory.newTransformer();
			writer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			writer.transform(new DOMSource(document), new StreamResult(out));
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	JFreeChart chart(ChartConfig config, Caption caption) {
		Locale locale = Locale.forLanguageTag(config.locale());
		Unit unit = Unit.fromCode(config.unit());
		NumberFormat values = new UnitFormat(this.format, unit, locale, false);
		JFreeChart chart = switch (config.type()) {
			case "doughnut" -> new JFreeChart(null, font(13), doughnut(config, values), false);
			case "line" -> new JFreeChart(null, font(13), line(config, values, locale), false);
			default -> new JFreeChart(null, font(13), bars(config, values), false);
		};
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(16, 20, 12, 20));
		chart.setTextAntiAlias(true);
		TextTitle title = new TextTitle(caption.title(), font(Font.BOLD, 20));
		title.setPaint(TEXT);
		title.setHorizontalAlignment(HorizontalAlignment.LEFT);
		chart.setTitle(title);
		TextTitle footer = new TextTitle(caption.footer(), font(11));
		footer.setPaint(MUTED);
		footer.setPosition(RectangleEdge.BOTTOM);
		footer.setHorizontalAlignment(HorizontalAlignment.LEFT);
		footer.setTextAlignment(HorizontalAlignment.LEFT);
		footer.setMargin(8, 0, 0, 0);
		chart.addSubtitle(footer);
		TextTitle subtitle = new TextTitle(caption.subtitle(), font(14));
		subtitle.setPaint(MUTED);
		subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
		subtitle.setMargin(2, 0, 10, 0);
		chart.addSubtitle(subtitle);
		if (config.datasets().size() > 1 || "doughnut".equals(config.type())) {
			LegendTitle legend = new LegendTitle(chart.getPlot());
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setItemFont(font(13));
			legend.setItemPaint(TEXT);
			legend.setFrame(BlockBorder.NONE);
			legend.setBackgroundPaint(Color.WHITE);
			legend.setMargin(8, 0, 0, 0);
			chart.addSubtitle(legend);
		}
		return chart;
	}

	private static RingPlot doughnut(ChartConfig config, NumberFormat values) {
		DefaultPieDataset<String> data = new DefaultPieDataset<>();
		Dataset dataset = config.datasets().get(0);
		for (int i = 0; i < config.labels().size(); i++) {
			BigDecimal value = dataset.data().get(i);
			if (value != null) {
				data.setValue(config.labels().get(i), value);
			}
		}
		RingPlot plot = new RingPlot(data);
		plot.setSectionDepth(0.5);
		plot.setSeparatorsVisible(false);
		plot.setShadowPaint(null);
		plot.setOutlineVisible(false);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setSectionOutlinesVisible(false);
		plot.setLabelFont(font(13));
		plot.setLabelPaint(TEXT);
		plot.setLabelBackgroundPaint(Color.WHITE);
		plot.setLabelOutlinePaint(null);
		plot.setLabelShadowPaint(null);
		plot.setLabelLinkPaint(MUTED);
		plot.setLabelGenerator(new FlagMarks.SectionLabels(values, dataset, config.labels()));
		plot.setLegendLabelGenerator(
				new StandardPieSectionLabelGenerator("{0}: {1}", values, NumberFormat.getPercentInstance()));
		List<?> colours = (dataset.backgroundColor() instanceof List<?> list) ? list : List.of();
		for (int i = 0; i < config.labels().size(); i++) {
			String colour = (i < colours.size()) ? String.valueOf(colours.get(i))
					: ChartBuilder.PALETTE.get(i % ChartBuilder.PALETTE.size());
			plot.setSectionPaint(config.labels().get(i), Color.decode(colour));
		}
		return plot;
	}

	private static XYPlot line(ChartConfig config, NumberFormat values, Locale locale) {
		XYSeriesCollection data = new XYSeriesCollection();
		List<List<String>> flags = new ArrayList<>();
		for (Dataset dataset : config.datasets()) {
			XYSeries series = new XYSeries(dataset.label());
			List<String> seriesFlags = new ArrayList<>();
			for (int i = 0; i < config.labels().size(); i++) {
				BigDecimal value = dataset.data().get(i);
				String flag = FlagMarks.flag(dataset, i);
				// a confidential value is a gap in the line, a missing one is not
				if (value != null || FlagMarks.CONFIDENTIAL.equals(flag)) {
					series.add(Integer.valueOf(config.labels().get(i)), value);
					seriesFlags.add(flag);
				}
			}
			data.addSeries(series);
			flags.add(seriesFlags);
		}
		// a tick per year, spaced by their distance, without thousands separators
		NumberAxis years = new YearAxis(config.labels().stream().map(Integer::valueOf).toList());
		years.setLowerMargin(0.04);
		years.setUpperMargin(0.04);
		axis(years);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {

			@Override
			public Shape getItemShape(int row, int column) {
				// a flagged value as a triangle, as on the page
				return (flags.get(row).get(column) != null) ? FlagMarks.TRIANGLE : super.getItemShape(row, column);
			}

		};
		for (int i = 0; i < config.datasets().size(); i++) {
			renderer.setSeriesPaint(i, colour(config.datasets().get(i), i));
			renderer.setSeriesStroke(i, new BasicStroke(2.5f));
			// round points, as Chart.js draws them
			renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
		}
		renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{2}", new DecimalFormat("0"), values) {

			@Override
			public String generateLabel(XYDataset dataset, int series, int item) {
				String flag = flags.get(series).get(item);
				return FlagMarks.withSign(super.generateLabel(dataset, series, item), flag);
			}

		});
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font(12));
		renderer.setDefaultItemLabelPaint(TEXT);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		NumberAxis valueAxis = valueAxis(values, top(config));
		// room for the labels above the points
		valueAxis.setUpperMargin(0.12);
		XYPlot plot = new XYPlot(data, years, valueAxis, renderer);
		style(plot);
		return plot;
	}

	private static CategoryPlot bars(ChartConfig config, NumberFormat values) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Dataset dataset : config.datasets()) {
			for (int i = 0; i < config.labels().size(); i++) {
				data.addValue(dataset.data().get(i), dataset.label(), config.labels().get(i));
			}
		}
		BarRenderer renderer = config.stacked() ? new StackedBarRenderer() {

			@Override
			public Stroke getItemOutlineStroke(int row, int column) {
				return FlagMarks.outline(config, row, column);
			}

		} : new BarRenderer() {

			@Override
			public Stroke getItemOutlineStroke(int row, int column) {
				return FlagMarks.outline(config, row, column);
			}

		};
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		// only a flagged value's bar has an outline, as on the page
		renderer.setDrawBarOutline(true);
		renderer.setDefaultOutlinePaint(TEXT);
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(0.12);
		for (int i = 0; i < config.datasets().size(); i++) {
			renderer.setSeriesPaint(i, colour(config.datasets().get(i), i));
		}
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", values) {

			@Override
			public String generateLabel(CategoryDataset dataset, int row, int column) {
				String flag = FlagMarks.flag(config.datasets().get(row), column);
				return FlagMarks.withSign(super.generateLabel(dataset, row, column), flag);
			}

		});
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font(12));
		if (config.stacked()) {
			// inside the stacked bars, white on the colour
			renderer.setDefaultItemLabelPaint(Color.WHITE);
			renderer.setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
		}
		else {
			renderer.setDefaultItemLabelPaint(TEXT);
			renderer.setDefaultPositiveItemLabelPosition(config.horizontal()
					? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
					: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
		}
		CategoryAxis categories = new CategoryAxis();
		categories.setMaximumCategoryLabelLines(3);
		categories.setCategoryMargin(0.2);
		axis(categories);
		NumberAxis valueAxis = valueAxis(values, top(config));
		// room for the labels at the bars' ends; shares of one whole end at 100 %
		valueAxis.setUpperMargin(config.stacked() ? 0.02 : 0.15);
		if (config.stacked() && "percent".equals(config.unit())) {
			valueAxis.setRange(0, 100);
		}
		CategoryPlot plot = new CategoryPlot(data, categories, valueAxis, renderer);
		plot.setOrientation(config.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
		// the values below horizontal bars, as on the page
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setDomainGridlinesVisible(false);
		return plot;
	}

	/** A value axis from zero with about five ticks at round steps (1, 2, 2.5 or 5 times a power of ten). */
	private static NumberAxis valueAxis(NumberFormat values, double top) {
		NumberAxis axis = new NumberAxis();
		UnitFormat ticks = ((UnitFormat) values).forAxis();
		axis.setNumberFormatOverride(ticks);
		axis.setAutoRangeIncludesZero(true);
		if (top > 0) {
			double rough = top / 5;
			double power = Math.pow(10, Math.floor(Math.log10(rough)));
			double step = power * 10;
			for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
				if (power * factor >= rough) {
					step = power * factor;
					break;
				}
			}
			axis.setTickUnit(new NumberTickUnit(step, ticks));
		}
		axis(axis);
		return axis;
	}

	/** The highest value the axis must show: a stack's sum, else the largest value. */
	private static double top(ChartConfig config) {
		double top = 0;
		for (int i = 0; i < config.labels().size(); i++) {
			double stack = 0;
			for (Dataset dataset : config.datasets()) {
				BigDecimal value = dataset.data().get(i);
				if (value != null) {
					stack = config.stacked() ? stack + value.doubleValue() : Math.max(stack, value.doubleValue());
				}
			}
			top = Math.max(top, stack);
		}
		return top;
	}

	private static void axis(org.jfree.chart.axis.Axis axis) {
		axis.setTickLabelFont(font(12));
		axis.setTickLabelPaint(TEXT);
		axis.setAxisLinePaint(GRID);
		axis.setTickMarkPaint(GRID);
	}

	private static void style(XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(GRID);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setDomainGridlinesVisible(false);
	}

	private static Color colour(Dataset dataset, int index) {
		return (dataset.backgroundColor() instanceof String colour) ? Color.decode(colour)
				: Color.decode(ChartBuilder.PALETTE.get(index % ChartBuilder.PALETTE.size()));
	}

	static Font font(int size) {
		return font(Font.PLAIN, size);
	}

	static Font font(int style, int size) {
		return new Font(FONT, style, size);
	}

	/**
	 * A year axis as the page's time axis: the years spaced by their distance, a tick at each year shown and no
	 * other, labelled without a thousands separator.
	 */
	static final class YearAxis extends NumberAxis {

		private final List<Integer> years;

		YearAxis(List<Integer> years) {
			this.years = years;
			setAutoRangeIncludesZero(false);
		}

		@Override
		protected List<NumberTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
			return this.years.stream()
				.map((year) -> new NumberTick(year, Integer.toString(year), TextAnchor.TOP_CENTER, TextAnchor.CENTER,
						0.0))
				.toList();
		}

	}

	/**
	 * A figure as the page writes it ({@link FigureFormatter}): {@code 196.900}, {@code 73,1 %}, {@code 1.234,50 €};
	 * on an axis without needless decimals ({@code 20 %}, {@code 1.200 €}), as the page's axes.
	 */
	static final class UnitFormat extends NumberFormat {

		private final FigureFormatter format;

		private final Unit unit;

		private final Locale locale;

		private final boolean axis;

		UnitFormat(FigureFormatter format, Unit unit, Locale locale, boolean axis) {
			this.format = format;
			this.unit = unit;
			this.locale = locale;
			this.axis = axis;
		}

		/** The same figures' format for an axis. */
		UnitFormat forAxis() {
			return new UnitFormat(this.format, this.unit, this.locale, true);
		}

		@Override
		public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
			return to.append(text(BigDecimal.valueOf(number)));
		}

		@Override
		public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
			return to.append(text(BigDecimal.valueOf(number)));
		}

		@Override
		public Number parse(String source, ParsePosition position) {
			throw new UnsupportedOperationException("formats only");
		}

		private String text(BigDecimal value) {
			if (!this.axis) {
				return this.format.value(value, this.unit, this.locale);
			}
			return switch (this.unit) {
				case PERCENT -> this.format.number(value, this.locale)
						+ (FigureFormatter.isGerman(this.locale) ? "\u00a0%" : "%");
				case EURO -> this.format.euro(value.setScale(0, RoundingMode.HALF_UP), this.locale);
				case COUNT -> this.format.number(value, this.locale);
			};
		}

	}

}
