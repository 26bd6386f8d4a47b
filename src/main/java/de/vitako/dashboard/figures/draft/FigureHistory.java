package de.vitako.dashboard.figures.draft;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft's history, newest first: of everything or of one metric (the latest changes), or of one figure (all of
 * them). Written by {@link FigureEditor} and {@link FigureImports} with each change.
 */
@Service
public class FigureHistory {

	private static final int HISTORY_PAGE = 500;

	private final FigureChanges changes;

	FigureHistory(FigureChanges changes) {
		this.changes = changes;
	}

	@Transactional(readOnly = true)
	public List<FigureChangeView> history(Optional<String> metric) {
		List<FigureChange> found = metric
			.map((code) -> this.changes.findByMetricCodeOrderByChangedAtDescIdDesc(code, Limit.of(HISTORY_PAGE)))
			.orElseGet(() -> this.changes.findAllByOrderByChangedAtDescIdDesc(Limit.of(HISTORY_PAGE)));
		return found.stream().map(FigureChange::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<FigureChangeView> history(String metric, String segment, int year) {
		return this.changes.findByMetricCodeAndSegmentCodeAndYearOrderByChangedAtDescIdDesc(metric, segment, year)
			.stream()
			.map(FigureChange::toView)
			.toList();
	}

}
