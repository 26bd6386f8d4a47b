package de.vitako.dashboard.support;

import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.draft.DraftDiff;
import de.vitako.dashboard.figures.releases.Publisher;

/**
 * Publishes what tests put into the draft, so that readers see it, as a publisher would.
 */
public final class Releases {

	private Releases() {
	}

	/** Publishes the draft as the next release, if it differs from the latest; returns the latest's number. */
	public static int publish(Publisher publisher) {
		DraftDiff diff = publisher.diff();
		if (diff.empty()) {
			return diff.latestRelease();
		}
		return publisher.publishNow(diff.draftRevision(), new LocalizedText("Testrelease", "Test release"), "test");
	}

}
