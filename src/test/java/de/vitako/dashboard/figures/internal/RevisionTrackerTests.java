package de.vitako.dashboard.figures.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionTrackerTests {

	@Test
	void aSlowPollNeverStoresAnOlderRevisionThanAWritersRefresh() throws InterruptedException {
		CountDownLatch pollHasRead = new CountDownLatch(1);
		CountDownLatch releasePoll = new CountDownLatch(1);
		AtomicInteger reads = new AtomicInteger();
		RevisionTracker revisions = new RevisionTracker(null, null) {
			@Override
			public Counters counters() {
				if (reads.incrementAndGet() == 1) {
					// the poll read revision 1, then stalls (a GC pause, a busy core) before storing it
					pollHasRead.countDown();
					await(releasePoll);
					return new Counters(1, 1);
				}
				// meanwhile a write committed revision 3 and its writer refreshes
				return new Counters(3, 2);
			}
		};
		Thread poll = start(revisions::refresh);
		await(pollHasRead);
		Thread writer = start(revisions::refresh);
		waitUntilBlockedOrDone(writer);
		releasePoll.countDown();
		poll.join(5000);
		writer.join(5000);
		assertThat(revisions.knownRevision()).isEqualTo(3);
		assertThat(revisions.knownRelease()).isEqualTo(2);
	}

	private static Thread start(Runnable task) {
		Thread thread = new Thread(task);
		thread.start();
		return thread;
	}

	private static void waitUntilBlockedOrDone(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (thread.getState() != Thread.State.BLOCKED && thread.getState() != Thread.State.TERMINATED
				&& System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
