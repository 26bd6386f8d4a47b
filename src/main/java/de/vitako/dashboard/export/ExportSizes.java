package de.vitako.dashboard.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.vitako.dashboard.figures.FigureCatalog;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * How large a metric's CSV download is, so that links can say so ("CSV, 2 KB"). Measured by writing the export
 * once per data revision.
 */
@Component
public class ExportSizes {

	private final CsvExporter exporter;

	private final FigureCatalog catalog;

	private final Map<String, Long> sizes = new ConcurrentHashMap<>();

	/** The last sizes measured, kept for while the database cannot be reached. */
	private final Map<String, Long> lastKnown = new ConcurrentHashMap<>();

	private volatile long revision = -1;

	ExportSizes(CsvExporter exporter, FigureCatalog catalog) {
		this.exporter = exporter;
		this.catalog = catalog;
	}

	/** Size in kilobytes, rounded up, of a metric's CSV (machine variant) in the given language. */
	public long kilobytes(String metric, Locale locale) {
		long current = this.catalog.snapshot().revision();
		if (current != this.revision) {
			this.sizes.clear();
			this.revision = current;
		}
		String key = locale.getLanguage() + " " + metric;
		long bytes;
		try {
			bytes = this.sizes.computeIfAbsent(key, (k) -> measure(metric, locale));
			this.lastKnown.put(key, bytes);
		}
		catch (DataAccessException | TransactionException ex) {
			bytes = this.lastKnown.getOrDefault(key, 1L);
		}
		return Math.max(1, (bytes + 1023) / 1024);
	}

	private long measure(String metric, Locale locale) {
		CountingStream counter = new CountingStream();
		this.exporter.write(new ExportQuery(List.of(metric), List.of(), null, null, ExportFormat.CSV, locale), counter);
		return counter.count;
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
