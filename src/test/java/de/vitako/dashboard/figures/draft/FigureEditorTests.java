package de.vitako.dashboard.figures.draft;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FigureEditorTests {

	@Autowired
	FigureEditor editor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	/**
	 * Another write to the draft is under way when an admin saves a correction: the correction waits for it (the
	 * draft has one writer at a time) and then reports the state the other write committed, not its own value.
	 */
	@Test
	void waitsForAWriteInProgressAndReportsWhatItCommitted() throws Exception {
		long id = FigureFixtures.addEmployees2021(this.jdbc, "15500", null);
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		try {
			CompletableFuture<Void> other = CompletableFuture.runAsync(() -> this.transaction
				.executeWithoutResult((status) -> {
					this.jdbc.update("update figure set value = 15900, version = version + 1 where id = ?", id);
					written.countDown();
					awaitQuietly(commit);
				}));
			assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Void> correction = CompletableFuture.runAsync(() -> this.editor.correct(id, 0,
					new FigureContent(new BigDecimal("16000"), "Test fixture", null, null), null, "admin"));
			awaitLockWait();
			assertThat(correction).isNotDone();
			commit.countDown();
			other.get(30, TimeUnit.SECONDS);
			assertThat(correction).failsWithin(30, TimeUnit.SECONDS)
				.withThrowableOfType(ExecutionException.class)
				.havingCause()
				.isInstanceOfSatisfying(FigureConflictException.class, (conflict) -> {
					assertThat(conflict.current().value()).isEqualByComparingTo("15900");
					assertThat(conflict.current().version()).isOne();
				});
			assertThat(this.jdbc.queryForObject("select value from figure where id = ?", BigDecimal.class, id))
				.isEqualByComparingTo("15900");
		}
		finally {
			commit.countDown();
			FigureFixtures.remove(this.jdbc, id);
		}
	}

	/** Waits until some session of this database waits for a lock: the correction, behind the other write. */
	private void awaitLockWait() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from pg_stat_activity
				               where datname = current_database() and wait_event_type = 'Lock')""", Boolean.class))) {
			assertThat(System.nanoTime()).as("a session waiting for the draft's lock").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
