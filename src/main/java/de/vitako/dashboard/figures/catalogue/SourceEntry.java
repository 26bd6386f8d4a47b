package de.vitako.dashboard.figures.catalogue;

import de.vitako.dashboard.figures.SourceInfo;

/**
 * A source of the registry as its admin page lists it.
 *
 * @param figures how many figures of the draft name it
 * @param version the version an edit must carry
 */
public record SourceEntry(long id, SourceInfo info, int figures, long version) {
}
