package de.vitako.dashboard.admin.imports;

import java.io.InputStream;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our own exports, byte for byte as a reader downloads them, read back by the import: every figure is found
 * unchanged, nothing is new, nothing is refused.
 */
@IntegrationTest
class ImportRoundTripTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	@Autowired
	ImportCheck check;

	@ParameterizedTest
	@ValueSource(strings = { "/export/figures.csv?lang=de", "/export/figures.csv?lang=en",
			"/export/figures.csv?format=excel&lang=de", "/export/figures.csv?format=excel&lang=en" })
	void readsOurExportsBackWithNoChange(String export) throws Exception {
		byte[] file = this.mvc.get().uri(export).exchange().getResponse().getContentAsByteArray();
		assertNoChange(Sheet.read("export.csv", file));
	}

	/** Our CSV exports as LibreOffice Calc opened and saved them: see {@code imports/README.md}. */
	@ParameterizedTest
	@ValueSource(strings = { "libreoffice-kennzahlen.xlsx", "libreoffice-figures.xlsx" })
	void readsOurExportsBackAsARealSpreadsheetProgramSavedThemWithNoChange(String fixture) throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/imports/" + fixture)) {
			Sheet sheet = Sheet.read(fixture, in.readAllBytes());
			assertThat(sheet.kind()).startsWith("Excel");
			assertNoChange(sheet);
		}
	}

	private void assertNoChange(Sheet sheet) throws ImportRefusedException {
		// compared with what the export shows, the latest release (the draft may hold another test's change)
		FigureSnapshot published = this.snapshots.snapshot();
		int figures = published.metrics().stream().mapToInt((m) -> m.figures().size()).sum();
		ImportPreview preview = this.check.check(sheet, published, Locale.GERMAN);
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.notices()).isEmpty();
		assertThat(preview.added()).isEmpty();
		assertThat(preview.changed()).isEmpty();
		assertThat(preview.unchanged()).isEqualTo(figures).isGreaterThan(30);
		assertThat(preview.applicable()).isFalse();
	}

}
