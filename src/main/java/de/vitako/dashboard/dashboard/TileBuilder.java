package de.vitako.dashboard.dashboard;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The headline tiles: the total of a metric's latest year, rounded as the brochure prints it.
 */
@Component
class TileBuilder {

	private final MessageSource messages;

	private final FigureFormatter format;

	TileBuilder(MessageSource messages, FigureFormatter format) {
		this.messages = messages;
		this.format = format;
	}

	Optional<Tile> tile(MetricData data, Locale locale) {
		if (data.latestYear().isEmpty()) {
			return Optional.empty();
		}
		int year = data.latestYear().getAsInt();
		BigDecimal total = data.figuresIn(year).stream().map(FigureValue::value).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		String code = data.metric().code();
		return Optional.of(new Tile(this.format.headline(total, locale), this.format.number(total, locale),
				this.messages.getMessage("dashboard.tile." + code, null, locale), year, data.metric().slug()));
	}

}
