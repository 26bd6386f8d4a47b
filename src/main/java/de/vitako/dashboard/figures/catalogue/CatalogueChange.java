package de.vitako.dashboard.figures.catalogue;

import java.time.Instant;

/**
 * One change of the catalogue, as its history records it.
 *
 * @param segment the segment's code, {@code null} for a change of the metric itself
 * @param action created, edited, moved, retired, reinstated or deleted
 * @param summary what changed, in the words of the change (labels before and after)
 */
public record CatalogueChange(String metric, String segment, String action, String summary, String changedBy,
		Instant changedAt) {
}
