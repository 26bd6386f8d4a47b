package de.vitako.dashboard.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.vitako.dashboard.figures.FigureRow;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.FigureValue;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;

import org.springframework.stereotype.Component;

/**
 * How large a metric's CSV download is, so that links can say so ("CSV, 2 KB"): its rows are taken from the
 * snapshot and formatted as the download formats them, bytes counted, nothing written and the database not asked.
 * So it works while the database is away, too.
 */
@Component
public class ExportSizes {

	private final FigureSnapshots snapshots;

	private final Cache<SizeKey, Long> sizes = Caffeine.newBuilder().maximumSize(200).build();

	ExportSizes(FigureSnapshots snapshots) {
		this.snapshots = snapshots;
	}

	/** Size in kilobytes, rounded up, of a metric's CSV (machine variant) in the given language. */
	public long kilobytes(String metric, Locale locale) {
		FigureSnapshot snapshot = this.snapshots.snapshot();
		long bytes = this.sizes.get(new SizeKey(snapshot.revision(), metric, locale.getLanguage()),
				(key) -> measure(snapshot, metric, locale));
		return Math.max(1, (bytes + 1023) / 1024);
	}

	private static long measure(FigureSnapshot snapshot, String metric, Locale locale) {
		ExportQuery query = new ExportQuery(List.of(metric), List.of(), null, null, ExportFormat.CSV, locale,
				(int) snapshot.revision());
		CountingStream counter = new CountingStream();
		try (CsvWriter csv = new CsvWriter(query, counter)) {
			snapshot.metric(metric).ifPresent((data) -> data.figures().forEach((f) -> csv.write(row(data, f, locale))));
		}
		return counter.count;
	}

	/** A figure of the snapshot as the export's query would read it from the database. */
	static FigureRow row(MetricData data, FigureValue figure, Locale locale) {
		MetricInfo metric = data.metric();
		String segmentLabel = metric.segment(figure.segment()).map((s) -> s.label().in(locale)).orElse(figure.segment());
		return new FigureRow(figure.metric(), figure.segment(), figure.year(), figure.value(), metric.unit().code(),
				metric.label().in(locale), segmentLabel, figure.sourceTitle(), figure.sourcePage(), figure.note(),
				figure.updatedAt(), figure.status(), figure.noteEn(), figure.basis());
	}

	private record SizeKey(long revision, String metric, String language) {
	}

	private static final class CountingStream extends OutputStream {

		private long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
