package de.vitako.dashboard.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.figures.Unit;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Metrics and figures made in memory, and the application's message bundles, for unit tests that need no
 * database.
 */
public final class TestMetrics {

	private static final Instant PUBLISHED = Instant.parse("2026-11-26T10:00:00Z");

	private TestMetrics() {
	}

	public static MetricData metric(String code, Unit unit, boolean segmentsAddUp, boolean partsOfWhole,
			List<String> segments, Object... segmentYearValue) {
		List<SegmentInfo> infos = segments.stream()
			.map((s) -> new SegmentInfo(s, new LocalizedText("Bereich " + s, "Segment " + s)))
			.toList();
		MetricInfo info = new MetricInfo(code, new LocalizedText("Kennzahl " + code, "Metric " + code),
				new LocalizedText("", ""), unit, segmentsAddUp, partsOfWhole, infos);
		List<FigureValue> figures = new ArrayList<>();
		for (int i = 0; i < segmentYearValue.length; i += 3) {
			figures.add(new FigureValue(i, code, (String) segmentYearValue[i], (Integer) segmentYearValue[i + 1],
					new BigDecimal((String) segmentYearValue[i + 2]), "Test", 2, null, PUBLISHED, PUBLISHED, 0, 1));
		}
		return new MetricData(info, figures);
	}

	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Locale.GERMAN);
		return messages;
	}

}
