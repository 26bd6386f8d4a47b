package de.vitako.dashboard.spreadsheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.vitako.dashboard.spreadsheets.Sheet.NumberStyle;
import de.vitako.dashboard.spreadsheets.Sheet.Row;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file as a spreadsheet program would, with Commons CSV:
 * <ul>
 * <li>its encoding: UTF-8 with or without a byte order mark, else Windows-1252 (old Excel's "CSV
 * (Trennzeichen-getrennt)"); a file that is neither, or whose text is UTF-8 read as Windows-1252 in places, is
 * refused with the row where it shows;</li>
 * <li>its separator, {@code ;} or {@code ,}, from the header row; a semicolon file writes German numbers;</li>
 * <li>quoted fields with line breaks, blank rows and empty trailing columns.</li>
 * </ul>
 * Not a text file at all (a PDF, an image), an empty file, or more than {@value #MAX_ROWS} rows are refused before
 * anything else is done.
 */
final class CsvSheetReader {

	static final int MAX_ROWS = 100_000;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** UTF-8's two-byte letters (ä, ö, ü, ß, é …) read as Windows-1252: "Ã¤", "Ã¶", "ÃŸ". */
	private static final Pattern UTF8_AS_1252 = Pattern.compile("[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160"
			+ "\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
			+ "\u203a\u20ac\u2122]");

	private CsvSheetReader() {
	}

	static Sheet read(byte[] bytes) throws ImportRefusedException {
		if (bytes.length == 0) {
			throw new ImportRefusedException("import.empty");
		}
		if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
			throw new ImportRefusedException("import.notSpreadsheet.pdf");
		}
		String text = decode(bytes);
		if (text.indexOf('\u0000') >= 0) {
			throw new ImportRefusedException("import.notSpreadsheet");
		}
		char separator = separator(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		int number = 0;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			for (CSVRecord record : parser) {
				number = (int) record.getRecordNumber();
				List<String> cells = record.toList();
				if (header == null) {
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					header = trimTrailingBlanks(cells);
					continue;
				}
				Row row = new Row(number, cells);
				if (!row.blank()) {
					if (rows.size() == MAX_ROWS) {
						throw new ImportRefusedException("import.tooManyRows", MAX_ROWS);
					}
					rows.add(row);
				}
			}
		}
		catch (UncheckedIOException | IOException ex) {
			throw new ImportRefusedException("import.malformed", number + 1);
		}
		if (header == null) {
			throw new ImportRefusedException("import.empty");
		}
		if (rows.isEmpty()) {
			throw new ImportRefusedException("import.noRows");
		}
		return new Sheet("CSV", header, rows, separator == ';' ? NumberStyle.GERMAN : NumberStyle.ENGLISH);
	}

	/**
	 * UTF-8 (a byte order mark is dropped) where the bytes are valid UTF-8, else Windows-1252, refused where a
	 * byte is neither or where the text shows UTF-8 read the wrong way.
	 */
	private static String decode(byte[] bytes) throws ImportRefusedException {
		int start = startsWith(bytes, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }) ? 3 : 0;
		try {
			return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			if (start == 3) {
				throw new ImportRefusedException("import.encoding", rowOf(bytes, firstInvalidUtf8(bytes, start)));
			}
		}
		String text;
		try {
			text = strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException neither) {
			throw new ImportRefusedException("import.encoding", rowOf(bytes, firstUndefinedIn1252(bytes)));
		}
		Matcher mixed = UTF8_AS_1252.matcher(text);
		if (mixed.find()) {
			throw new ImportRefusedException("import.encoding", rowOf(text, mixed.start()));
		}
		return text;
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Where a strict UTF-8 decoder stops. */
	private static int firstInvalidUtf8(byte[] bytes, int start) {
		CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		decoder.decode(in, out, true);
		return in.position();
	}

	/** The five bytes Windows-1252 leaves undefined. */
	private static int firstUndefinedIn1252(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
				return i;
			}
		}
		return bytes.length;
	}

	private static int rowOf(byte[] bytes, int offset) {
		int row = 1;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				row++;
			}
		}
		return row;
	}

	private static int rowOf(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

	/** The header row's separator: whichever of {@code ;} and {@code ,} it holds more of, outside quotes. */
	private static char separator(String text) {
		int semicolons = 0;
		int commas = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && c == ';') {
				semicolons++;
			}
			else if (!quoted && c == ',') {
				commas++;
			}
			else if (!quoted && c == '\n' && semicolons + commas > 0) {
				break;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	static List<String> trimTrailingBlanks(List<String> cells) {
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isBlank()) {
			end--;
		}
		return List.copyOf(cells.subList(0, end));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
