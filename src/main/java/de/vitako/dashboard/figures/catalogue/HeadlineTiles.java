package de.vitako.dashboard.figures.catalogue;

import java.util.List;
import java.util.Objects;

import de.vitako.dashboard.figures.Headline;
import de.vitako.dashboard.figures.HeadlineTile;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.internal.DraftLock;
import de.vitako.dashboard.figures.internal.Metric;
import de.vitako.dashboard.figures.internal.Metrics;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview's headline tiles in the draft: added, moved and removed by an editor, each change with the draft
 * locked, checked against the tile's version, and recorded in the {@link CatalogueHistory}; the next release
 * publishes them.
 */
@Service
public class HeadlineTiles {

	private final Metrics metrics;

	private final DraftLock draftLock;

	private final JdbcTemplate jdbc;

	private final CatalogueHistory history;

	HeadlineTiles(Metrics metrics, DraftLock draftLock, JdbcTemplate jdbc, CatalogueHistory history) {
		this.metrics = metrics;
		this.draftLock = draftLock;
		this.jdbc = jdbc;
		this.history = history;
	}

	/** The overview's headline tiles in the draft, in order. */
	@Transactional(readOnly = true)
	public List<HeadlineTile> all() {
		return this.jdbc.query("""
				select id, metric_code, segment_code, text_de, text_en, version from headline_tile order by position""",
				(rs, row) -> new HeadlineTile(rs.getLong(1), new Headline(rs.getString(2), rs.getString(3),
						(rs.getString(4) != null) ? new LocalizedText(rs.getString(4), rs.getString(5)) : null),
						rs.getLong(6)));
	}

	/**
	 * Adds a headline tile at the end: a metric's growth or total ({@code segment} {@code null}), or one segment's
	 * growth, under the metric's label or a text of its own ({@code text} {@code null}: the label).
	 */
	@Transactional
	public void add(String metric, String segment, LocalizedText text, String user) {
		this.draftLock.lock();
		Metric entry = this.metrics.findById(metric)
			.orElseThrow(() -> new CatalogueRefusedException("tile", "catalogue.unknown", metric));
		if (segment != null && entry.segment(segment).isEmpty()) {
			throw new CatalogueRefusedException("tile", "catalogue.segment.unknown", segment);
		}
		if (all().stream().anyMatch((h) -> h.headline().metric().equals(metric)
				&& Objects.equals(h.headline().segment(), segment))) {
			throw new CatalogueRefusedException("tile", "catalogue.tile.taken");
		}
		this.jdbc.update("""
				insert into headline_tile (position, metric_code, segment_code, text_de, text_en)
				values ((select coalesce(max(position), 0) + 1 from headline_tile), ?, ?, ?, ?)""", metric, segment,
				(text != null) ? text.de() : null, (text != null) ? text.en() : null);
		this.history.record(metric, segment, "tiles",
				"tile added" + ((text != null) ? ": " + text.de() + " / " + text.en() : ""), user);
	}

	/** Removes a headline tile, as it was when the page showed it ({@code version}). */
	@Transactional
	public void remove(long id, long version, String user) {
		this.draftLock.lock();
		List<Headline> removed = this.jdbc.query("""
				delete from headline_tile where id = ? and version = ? returning metric_code, segment_code""",
				(rs, row) -> new Headline(rs.getString(1), rs.getString(2), null), id, version);
		if (removed.isEmpty()) {
			throw new CatalogueRefusedException(null, "catalogue.tile.gone");
		}
		this.history.record(removed.get(0).metric(), removed.get(0).segment(), "tiles", "tile removed", user);
	}

	/** Moves a headline tile one place up ({@code -1}) or down ({@code 1}). */
	@Transactional
	public void move(long id, long version, int direction, String user) {
		this.draftLock.lock();
		List<HeadlineTile> tiles = all();
		int index = -1;
		for (int i = 0; i < tiles.size(); i++) {
			if (tiles.get(i).id() == id && tiles.get(i).version() == version) {
				index = i;
			}
		}
		if (index < 0) {
			throw new CatalogueRefusedException(null, "catalogue.tile.gone");
		}
		int target = index + Integer.signum(direction);
		if (index < 0 || target < 0 || target >= tiles.size()) {
			return;
		}
		long other = tiles.get(target).id();
		this.jdbc.update("""
				update headline_tile
				set version = version + 1,
				    position = case id when ? then (select position from headline_tile where id = ?)
				                       else (select position from headline_tile where id = ?) end
				where id in (?, ?)""", id, other, id, id, other);
		Headline moved = tiles.get(index).headline();
		this.history.record(moved.metric(), moved.segment(), "tiles", "tile moved " + (direction < 0 ? "up" : "down"),
				user);
	}

}
