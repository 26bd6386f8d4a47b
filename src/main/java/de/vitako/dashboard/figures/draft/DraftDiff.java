package de.vitako.dashboard.figures.draft;

import java.util.List;

import de.vitako.dashboard.figures.FigureDiff;
import de.vitako.dashboard.figures.catalogue.CatalogueDiff;

/**
 * Everything the draft would change if it were published now.
 *
 * @param draftRevision the draft's change counter this diff was read at; a publication of it is refused once the
 * draft has moved on, so that nothing unreviewed goes out
 * @param latestRelease the number of the release the draft is compared with
 * @param changes the figures added, changed or removed
 * @param catalogue the metrics and segments added, relabelled, moved or retired
 */
public record DraftDiff(long draftRevision, int latestRelease, List<FigureDiff> changes,
		List<CatalogueDiff> catalogue) {

	public boolean empty() {
		return this.changes.isEmpty() && this.catalogue.isEmpty();
	}

}
