package de.vitako.dashboard.figures;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flag as people write it in a spreadsheet: its code, its name or its sign in either language, or its SDMX code;
 * and its sign as Destatis' and Eurostat's tables print it.
 */
class FigureStatusTests {

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource({ "provisional, PROVISIONAL", "Vorläufig, PROVISIONAL", "p, PROVISIONAL", "' P ', PROVISIONAL",
			"geschätzt, ESTIMATED", "s, ESTIMATED", "e, ESTIMATED", "estimated, ESTIMATED", "berichtigt, REVISED",
			"r, REVISED", "revised, REVISED", "geheim gehalten, CONFIDENTIAL", "•, CONFIDENTIAL", "Q, CONFIDENTIAL",
			"break, BREAK", "Bruch in der Reihe, BREAK", "|, BREAK", "b, BREAK", "break in series, BREAK" })
	void readsAFlagAsPeopleWriteIt(String typed, FigureStatus status) {
		assertThat(FigureStatus.parse(typed)).contains(status);
	}

	@ParameterizedTest
	@CsvSource({ "x", "vorläufiger", "confidentiality", "A", "-" })
	void readsNoFlagFromAnythingElse(String typed) {
		assertThat(FigureStatus.parse(typed)).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1} / {2}")
	@CsvSource({ "PROVISIONAL, p, p", "ESTIMATED, s, e", "REVISED, r, r", "CONFIDENTIAL, •, •", "BREAK, |, b" })
	void printsTheSignReadersKnowInTheirLanguage(FigureStatus status, String german, String english) {
		assertThat(status.sign(Locale.GERMAN)).isEqualTo(german);
		assertThat(status.sign(Locale.ENGLISH)).isEqualTo(english);
	}

}
