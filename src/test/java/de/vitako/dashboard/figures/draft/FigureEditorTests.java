package de.vitako.dashboard.figures.draft;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

import de.vitako.dashboard.figures.FigureContent;
import de.vitako.dashboard.support.FigureFixtures;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class FigureEditorTests {

	@Autowired
	FigureEditor editor;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	/**
	 * Another admin commits between this correction's read and its write: the conflict shows what the other admin
	 * stored, not this admin's own value, which this transaction's persistence context still holds.
	 */
	@Test
	void reportsTheCommittedStateWhenACorrectionLosesTheRace() {
		long id = FigureFixtures.addEmployees2021(this.jdbc, "15500", null);
		try {
			assertThatExceptionOfType(FigureConflictException.class)
				.isThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
					assertThat(this.editor.figure(id)).isPresent();
					CompletableFuture.runAsync(() -> this.jdbc
						.update("update figure set value = 15900, version = version + 1 where id = ?", id))
						.join();
					this.editor.correct(id, 0, new FigureContent(new BigDecimal("16000"), "Test fixture", null, null),
							null, "admin");
				}))
				.satisfies((conflict) -> {
					assertThat(conflict.current().value()).isEqualByComparingTo("15900");
					assertThat(conflict.current().version()).isOne();
				});
			assertThat(this.jdbc.queryForObject("select value from figure where id = ?", BigDecimal.class, id))
				.isEqualByComparingTo("15900");
		}
		finally {
			FigureFixtures.remove(this.jdbc, id);
		}
	}

}
