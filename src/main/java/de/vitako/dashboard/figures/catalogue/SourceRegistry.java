package de.vitako.dashboard.figures.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import de.vitako.dashboard.figures.SourceInfo;
import de.vitako.dashboard.figures.internal.FiguresChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of source documents. A title typed in a form or an import is registered on the way in (by a trigger,
 * so that no write path can forget it); here an editor adds what is known of it (publisher, date, URL, licence),
 * corrects its title (the draft's figures follow; releases keep the title they showed) or deletes a source no
 * figure names. Every change is a change of the draft: the next release publishes it.
 */
@Service
public class SourceRegistry {

	private static final String ENTRIES = """
			select s.id, s.title, s.publisher, s.published_on, s.url, s.licence,
			       (select count(*)::int from figure f where f.source_title = s.title), s.version
			from source s""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	SourceRegistry(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Every source, by title. */
	@Transactional(readOnly = true)
	public List<SourceEntry> all() {
		return this.jdbc.query(ENTRIES + " order by s.title", SourceRegistry::entry);
	}

	@Transactional(readOnly = true)
	public Optional<SourceEntry> get(long id) {
		return this.jdbc.query(ENTRIES + " where s.id = ?", SourceRegistry::entry, id).stream().findFirst();
	}

	/**
	 * Changes a source's details, and its title: the draft's figures that name it follow.
	 * @throws CatalogueRefusedException if another source has the new title, or the source changed since
	 * {@code version}
	 */
	@Transactional
	public void update(long id, long version, SourceInfo info) {
		List<Long> current = this.jdbc.queryForList("select version from source where id = ? for update", Long.class,
				id);
		if (current.isEmpty() || current.get(0) != version) {
			throw new CatalogueRefusedException(null, "source.conflict");
		}
		try {
			this.jdbc.update("""
					update source set title = ?, publisher = ?, published_on = ?, url = ?, licence = ?,
					                  version = version + 1
					where id = ?""", info.title(), info.publisher(), info.publishedOn(), info.url(), info.licence(),
					id);
		}
		catch (DuplicateKeyException ex) {
			throw new CatalogueRefusedException("title", "source.title.taken", info.title());
		}
		this.events.publishEvent(new FiguresChanged());
	}

	/** Adds a source with what is known of it. */
	@Transactional
	public long add(SourceInfo info) {
		try {
			Long id = this.jdbc.queryForObject("""
					insert into source (title, publisher, published_on, url, licence) values (?, ?, ?, ?, ?)
					returning id""", Long.class, info.title(), info.publisher(), info.publishedOn(), info.url(),
					info.licence());
			this.events.publishEvent(new FiguresChanged());
			return id;
		}
		catch (DuplicateKeyException ex) {
			throw new CatalogueRefusedException("title", "source.title.taken", info.title());
		}
	}

	/** Deletes a source that no figure of the draft names. */
	@Transactional
	public void delete(long id, long version) {
		SourceEntry entry = get(id).orElseThrow(() -> new CatalogueRefusedException(null, "source.conflict"));
		if (entry.version() != version) {
			throw new CatalogueRefusedException(null, "source.conflict");
		}
		if (entry.figures() > 0) {
			throw new CatalogueRefusedException(null, "source.inUse", entry.figures());
		}
		this.jdbc.update("delete from source where id = ?", id);
		this.events.publishEvent(new FiguresChanged());
	}

	private static SourceEntry entry(ResultSet rs, int row) throws SQLException {
		return new SourceEntry(rs.getLong(1), new SourceInfo(rs.getString(2), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getLong(8));
	}

}
