package de.vitako.dashboard.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

/**
 * What each release changed against the one before it: for its page, the release list and the API. Releases never
 * change, so each count is worked out once.
 */
@Service
public class ReleaseChanges {

	private final PublishedReleases releases;

	private final Map<Integer, Integer> counts = new ConcurrentHashMap<>();

	ReleaseChanges(PublishedReleases releases) {
		this.releases = releases;
	}

	/**
	 * What release {@code number} changed against the one before it (for release 1: every figure, added), in the
	 * catalogue's order.
	 */
	public Optional<List<FigureDiff>> changesIn(int number) {
		return this.releases.release(number).map((after) -> {
			Map<String, FigureValue> before = new HashMap<>();
			this.releases.release(number - 1)
				.ifPresent((previous) -> previous.metrics()
					.forEach((m) -> m.figures().forEach((f) -> before.put(key(f), f))));
			List<FigureDiff> changes = new ArrayList<>();
			for (MetricData metric : after.metrics()) {
				for (FigureValue figure : metric.figures()) {
					FigureValue old = before.remove(key(figure));
					if (old == null || !old.content().sameAs(figure.content())) {
						changes.add(new FigureDiff(figure.metric(), figure.segment(), figure.year(),
								(old != null) ? old.content() : null, figure.content(), null));
					}
				}
			}
			before.values()
				.forEach((old) -> changes.add(
						new FigureDiff(old.metric(), old.segment(), old.year(), old.content(), null, null)));
			return changes;
		});
	}

	/**
	 * How many figures release {@code number} added, corrected or removed: the release list and the API do not
	 * compare every release on every request.
	 */
	public int changeCount(int number) {
		Integer known = this.counts.get(number);
		if (known != null) {
			return known;
		}
		Optional<Integer> counted = changesIn(number).map(List::size);
		counted.ifPresent((count) -> this.counts.put(number, count));
		return counted.orElse(0);
	}

	private static String key(FigureValue figure) {
		return figure.metric() + "/" + figure.segment() + "/" + figure.year();
	}

}
