package de.vitako.dashboard.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The faster sheet writer writes the same texts as POI's own: every character, escaped where XML needs it. */
class FastSheetDataWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "Vitako: Digital durch die Pandemie, S. 3", "Größe – 1.234,50 €", "a<b", "x & y",
			"\"quoted\"", "it's", "=HYPERLINK(\"http://x\")", "tab\there", "line\nbreak", "\u0001control",
			"emoji \ud83d\ude00 pair", "  leading and trailing  ", "" })
	void writesEveryTextAsPoiReadsItBack(String text) throws Exception {
		ExportQuery query = new ExportQuery(List.of(), List.of(), null, null, ExportFormat.XLSX, Locale.GERMAN, 1);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (XlsxWriter writer = new XlsxWriter(query, Instant.parse("2021-03-01T09:00:00Z"))) {
			writer.write(new FigureRow("m", "s", 2020, BigDecimal.ONE, "count", text, "segment", "source", null,
					text.isEmpty() ? null : text, Instant.parse("2021-03-01T09:00:00Z"), null, null, null));
			writer.finish(List.<String[]>of(new String[] { "a", "b" }), file);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			String expected = text.replace('\u0001', '?');
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(expected);
		}
	}

	@Test
	void knowsWhichTextsNeedNoEscaping() {
		assertThat(FastSheetDataWriter.plain("Kommunale Verwaltungen – 73,1 %")).isTrue();
		for (String text : new String[] { "<", ">", "&", "\"", "'", "\t", "\n", "\u007f", "\u0085", "\ud83d\ude00",
				"\ufffe" }) {
			assertThat(FastSheetDataWriter.plain("a" + text)).as(text).isFalse();
		}
	}

	/** Characters beyond the buffer, and a surrogate pair across its end, come out as the same UTF-8. */
	@Test
	void encodesLongTextsAcrossItsBufferAsUtf8() throws Exception {
		StringBuilder text = new StringBuilder();
		while (text.length() < 200_000) {
			text.append("Größe \ud83d\ude00 ");
		}
		for (int shift = 0; shift < 3; shift++) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (FastSheetDataWriter.Utf8Writer writer = new FastSheetDataWriter.Utf8Writer(out)) {
				writer.write("x".repeat(shift));
				writer.write(text.toString());
				for (char c : "tail \ud83d\ude00".toCharArray()) {
					writer.write(c);
				}
			}
			assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("x".repeat(shift) + text + "tail \ud83d\ude00");
		}
	}

}
