package de.vitako.dashboard.spreadsheets;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import de.vitako.dashboard.spreadsheets.Sheet.NumberStyle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading uploaded CSV files as a spreadsheet program wrote them: encodings, separators, row shapes, and the files
 * that are refused before anything is checked.
 */
class CsvSheetReaderTests {

	private static final String GERMAN = "Kennzahl;Bereich;Jahr;Wert;Anmerkung\r\nvideo_licences;schools;2021;20.500;Schätzung\r\n";

	@Test
	void readsUtf8WithAndWithoutByteOrderMarkAndWindows1252Alike() throws Exception {
		byte[] utf8 = GERMAN.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[utf8.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		byte[] windows = GERMAN.getBytes(Charset.forName("windows-1252"));
		for (byte[] file : new byte[][] { utf8, withBom, windows }) {
			Sheet sheet = CsvSheetReader.read(file);
			assertThat(sheet.header()).containsExactly("Kennzahl", "Bereich", "Jahr", "Wert", "Anmerkung");
			assertThat(sheet.rows()).singleElement()
				.satisfies((row) -> assertThat(row.cells()).containsExactly("video_licences", "schools", "2021",
						"20.500", "Schätzung"));
			assertThat(sheet.numbers()).isEqualTo(NumberStyle.GERMAN);
		}
	}

	@Test
	void refusesAFileWhoseEncodingCannotBeToldAndNamesTheRow() {
		// row 3 is UTF-8, row 2 Windows-1252: neither reading gives the file's text
		byte[] mixed = concat("Kennzahl;Bereich;Jahr;Wert;Anmerkung\n".getBytes(StandardCharsets.UTF_8),
				"a;b;2021;1;Sch\u00e4tzung\n".getBytes(Charset.forName("windows-1252")),
				"a;b;2022;1;Sch\u00e4tzung\n".getBytes(StandardCharsets.UTF_8));
		assertRefused(mixed, "import.encoding", 3);
		// 0x81 is defined in neither UTF-8 (alone) nor Windows-1252
		byte[] undefined = concat("metric,segment,year,value\n".getBytes(StandardCharsets.US_ASCII),
				"a,b,2021,1\n".getBytes(StandardCharsets.US_ASCII), new byte[] { 'a', (byte) 0x81, ',', 'b', '\n' });
		assertRefused(undefined, "import.encoding", 3);
	}

	@Test
	void refusesWhatIsNoSpreadsheet() {
		assertRefused(new byte[0], "import.empty");
		assertRefused("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), "import.empty");
		assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "import.notSpreadsheet.pdf");
		assertRefused(new byte[] { 'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 0 }, "import.notSpreadsheet");
		assertRefused("metric,segment,year,value\r\n\r\n".getBytes(StandardCharsets.US_ASCII), "import.noRows");
	}

	@Test
	void detectsTheSeparatorFromTheHeaderRow() throws Exception {
		Sheet commas = CsvSheetReader.read("metric,segment,year,value,note\nvpn,total,2021,\"1,5\",\"a; b\"\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(commas.rows().get(0).cells()).containsExactly("vpn", "total", "2021", "1,5", "a; b");
		assertThat(commas.numbers()).isEqualTo(NumberStyle.ENGLISH);
		Sheet semicolons = CsvSheetReader.read("\"Kennzahl, Code\";Bereich;Jahr;Wert\nvpn;total;2021;1,5\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(semicolons.header()).containsExactly("Kennzahl, Code", "Bereich", "Jahr", "Wert");
		assertThat(semicolons.rows().get(0).cells()).containsExactly("vpn", "total", "2021", "1,5");
	}

	@Test
	void readsQuotedLineBreaksBlankRowsAndTrailingEmptyColumns() throws Exception {
		String file = "metric,segment,year,value,note,,\r\n" + "vpn,total,2020,1,\"two\r\nlines\",,\r\n" + ",,,,,,\r\n"
				+ "\r\n" + "vpn,total,2021,2,,,\r\n" + "\r\n\r\n";
		Sheet sheet = CsvSheetReader.read(file.getBytes(StandardCharsets.UTF_8));
		assertThat(sheet.header()).containsExactly("metric", "segment", "year", "value", "note");
		assertThat(sheet.rows()).hasSize(2);
		assertThat(sheet.rows().get(0).cell(4)).isEqualTo("two\r\nlines");
		assertThat(sheet.rows().get(0).number()).isEqualTo(2);
		assertThat(sheet.rows().get(1).number()).as("the row as a spreadsheet program counts it").isEqualTo(5);
	}

	@Test
	void refusesAnUnclosedQuoteWithItsRow() {
		assertRefused("metric,segment,year,value\nvpn,total,2020,1\nvpn,\"total,2021,2\n".getBytes(StandardCharsets.UTF_8),
				"import.malformed", 3);
	}

	@Test
	void refusesMoreRowsThanAllowedWithoutReadingThemAll() {
		StringBuilder file = new StringBuilder("metric,segment,year,value\n");
		for (int i = 0; i <= CsvSheetReader.MAX_ROWS; i++) {
			file.append("vpn,total,2020,").append(i).append('\n');
		}
		assertRefused(file.toString().getBytes(StandardCharsets.US_ASCII), "import.tooManyRows", 100_000);
	}

	private static void assertRefused(byte[] file, String key, Object... arguments) {
		assertThatExceptionOfType(ImportRefusedException.class).isThrownBy(() -> CsvSheetReader.read(file))
			.satisfies((ex) -> {
				assertThat(ex.key()).isEqualTo(key);
				assertThat(ex.arguments()).containsExactly(arguments);
			});
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
