package de.vitako.dashboard.admin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.SegmentInfo;
import de.vitako.dashboard.shared.Messages;


import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Warnings that an admin must confirm before saving: a value more than ten times or less than a tenth of the
 * previous year's, and shares of one whole that do not add up to 100 (± 0.2, the brochure's rounding).
 */
@Component
public class PlausibilityCheck {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal TOLERANCE = new BigDecimal("0.2");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Messages messages;

	public PlausibilityCheck(MessageSource messages) {
		this.messages = new Messages(messages);
	}

	/**
	 * @param values the year's values by segment as they would be after saving; other segments keep their
	 * stored value
	 */
	public List<String> warnings(MetricData data, int year, Map<String, BigDecimal> values, Locale locale) {
		List<String> warnings = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
			String segment = entry.getKey();
			BigDecimal value = entry.getValue();
			data.before(segment, year).ifPresent((before) -> {
				BigDecimal prior = before.value();
				if (prior != null && prior.signum() > 0 && (value.compareTo(prior.multiply(TEN)) > 0
						|| value.multiply(TEN).compareTo(prior) < 0)) {
					warnings.add(this.messages.get("admin.warning.jump", locale, label(data, segment, locale),
							plain(value), plain(prior), String.valueOf(before.year())));
				}
			});
		}
		if (data.metric().partsOfWhole()) {
			BigDecimal sum = BigDecimal.ZERO;
			for (SegmentInfo segment : data.metric().segments()) {
				BigDecimal value = values.containsKey(segment.code()) ? values.get(segment.code())
						: data.figure(segment.code(), year).map(FigureValue::value).orElse(null);
				if (value == null) {
					return warnings;
				}
				sum = sum.add(value);
			}
			if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
				warnings.add(this.messages.get("admin.warning.sum", locale, plain(sum)));
			}
		}
		return warnings;
	}

	private static String label(MetricData data, String segment, Locale locale) {
		return data.metric().segment(segment).map((s) -> s.label().in(locale)).orElse(segment);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
