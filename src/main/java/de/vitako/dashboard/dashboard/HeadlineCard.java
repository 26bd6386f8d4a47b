package de.vitako.dashboard.dashboard;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.shared.Messages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The overview's link-preview card, 1200 × 630 pixels: the site's name and the headline tiles the catalogue chose
 * (their numbers computed as on the page), with the line of source, licence and release.
 */
@Component
class HeadlineCard {

	private static final int WIDTH = ChartImageController.CARD_WIDTH;

	private static final int HEIGHT = ChartImageController.CARD_HEIGHT;

	private static final int MARGIN = 56;

	private static final Color ACCENT = Color.decode(ChartBuilder.PALETTE.get(0));

	private final TileBuilder tiles;

	private final Messages messages;

	HeadlineCard(TileBuilder tiles, MessageSource messages) {
		this.tiles = tiles;
		this.messages = new Messages(messages);
	}

	byte[] png(FigureSnapshot snapshot, String footer, Locale locale) {
		List<Tile> shown = snapshot.headlines()
			.stream()
			.flatMap((h) -> snapshot.metric(h.metric())
				.flatMap((m) -> this.tiles.tile(m, h.segment(), h.text(), locale))
				.stream())
			.limit(6)
			.toList();
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(ACCENT);
			g.fillRect(0, 0, WIDTH, 12);
			int y = MARGIN + 36;
			y = text(g, this.messages.get("site.title", locale), ChartImages.font(Font.BOLD, 40), ChartImages.TEXT,
					MARGIN, y, WIDTH - 2 * MARGIN, 1);
			y = text(g, this.messages.get("site.subtitle", locale), ChartImages.font(24), ChartImages.MUTED, MARGIN,
					y + 4, WIDTH - 2 * MARGIN, 1);
			int columns = Math.min(3, Math.max(1, shown.size()));
			int gap = 28;
			int tileWidth = (WIDTH - 2 * MARGIN - (columns - 1) * gap) / columns;
			int top = y + 40;
			int rowHeight = 170;
			for (int i = 0; i < shown.size(); i++) {
				Tile tile = shown.get(i);
				int x = MARGIN + (i % columns) * (tileWidth + gap);
				int tileTop = top + (i / columns) * rowHeight;
				g.setColor(ACCENT);
				g.fillRect(x, tileTop, 6, rowHeight - 30);
				int line = text(g, tile.value(), ChartImages.font(Font.BOLD, 44), ACCENT, x + 20, tileTop + 44,
						tileWidth - 20, 1);
				String label = (tile.segment() == null) ? tile.title() : tile.title() + " – " + tile.segment();
				text(g, label, ChartImages.font(19), ChartImages.TEXT, x + 20, line + 4, tileWidth - 20, 3);
			}
			text(g, footer, ChartImages.font(16), ChartImages.MUTED, MARGIN, HEIGHT - 40, WIDTH - 2 * MARGIN, 1);
		}
		finally {
			g.dispose();
		}
		return ChartImages.png(image);
	}

	/** Writes a text wrapped at words into {@code width}, at most {@code lines} lines; the next baseline. */
	private static int text(Graphics2D g, String text, Font font, Color colour, int x, int baseline, int width,
			int lines) {
		g.setFont(font);
		g.setColor(colour);
		FontMetrics metrics = g.getFontMetrics();
		List<String> wrapped = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (metrics.stringWidth(candidate) > width && !current.isEmpty()) {
				wrapped.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		wrapped.add(current.toString());
		int y = baseline;
		for (int i = 0; i < Math.min(lines, wrapped.size()); i++) {
			String line = wrapped.get(i);
			if (i == lines - 1 && wrapped.size() > lines) {
				line = line + " \u2026";
			}
			while (metrics.stringWidth(line) > width && line.length() > 1) {
				line = line.substring(0, line.length() - 2) + "\u2026";
			}
			g.drawString(line, x, y);
			y += metrics.getHeight();
		}
		return y;
	}

}
