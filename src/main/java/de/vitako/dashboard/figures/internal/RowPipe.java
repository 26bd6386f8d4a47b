package de.vitako.dashboard.figures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * Hands rows from the thread that reads the database to the thread that writes the response, in batches, with
 * a bounded queue between them, so that reading (JDBC) and writing (formatting, CSV, the socket) use both cores.
 * An empty batch marks the end; a failure of the reader is rethrown to the writer.
 */
public final class RowPipe<T> {

	private static final int BATCH = 1_000;

	private final List<T> end = List.of();

	private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(4);

	private List<T> batch = new ArrayList<>(BATCH);

	private volatile boolean cancelled;

	private volatile RuntimeException failure;

	/** Called by the reader for each row. */
	public void add(T row) {
		this.batch.add(row);
		if (this.batch.size() == BATCH) {
			put(this.batch);
			this.batch = new ArrayList<>(BATCH);
		}
	}

	/** Called by the reader when it is done, with its failure if it failed. */
	public void finish(RuntimeException failure) {
		this.failure = failure;
		if (failure == null && !this.batch.isEmpty()) {
			put(this.batch);
		}
		try {
			put(this.end);
		}
		catch (CancellationException ex) {
			// the writer has gone: nobody waits for the end
		}
	}

	/** Called by the writer: the next batch, empty at the end. */
	public List<T> take() {
		try {
			List<T> next = this.queue.take();
			if (next == this.end && this.failure != null) {
				throw this.failure;
			}
			return next;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while exporting", ex);
		}
	}

	/** Called by the writer when it stops early (the client went away): the reader stops at its next row. */
	public void cancel() {
		this.cancelled = true;
		this.queue.clear();
	}

	private void put(List<T> rows) {
		try {
			while (!this.queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
				if (this.cancelled) {
					throw new CancellationException("The export's client went away");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("Interrupted");
		}
	}

}
