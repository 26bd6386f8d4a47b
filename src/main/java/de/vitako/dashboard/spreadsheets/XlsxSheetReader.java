package de.vitako.dashboard.spreadsheets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import de.vitako.dashboard.spreadsheets.Sheet.CellProblem;
import de.vitako.dashboard.spreadsheets.Sheet.NumberStyle;
import de.vitako.dashboard.spreadsheets.Sheet.Row;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads an uploaded Excel workbook ({@code .xlsx}) with Apache POI's streaming reader: the sheet's XML passes as SAX
 * events, so a sheet of {@value CsvSheetReader#MAX_ROWS} rows never stands in memory as cells, and reading stops at
 * the first row over that limit. The sheet named "Kennzahlen" or "figures" is read, else the first.
 * <ul>
 * <li>Numbers are typed: they are written as {@code 73.1}, whatever the cell's format shows; a cell formatted as a
 * percentage ({@code 0.0%}) shows {@code 0.731} as {@code 73.1 %} and is read as {@code 73.1}.</li>
 * <li>A formula, or a number formatted as a date, is a problem of its cell: an import takes values only.</li>
 * <li>A hostile file gets nowhere: POI refuses an entry that inflates more than {@value #MAX_INFLATION} times or
 * beyond {@value #MAX_ENTRY_BYTES} bytes (a zip bomb), and its XML parser refuses document type declarations, so
 * no external entity is ever resolved.</li>
 * </ul>
 * Over 300 lines, for a reason: most of it is the SAX handler of POI's streaming reader, whose callbacks share the
 * cell's state.
 */
final class XlsxSheetReader {

	/** How much an entry may grow when inflated: far more than a sheet's XML does (about 10 to 30 times). */
	static final int MAX_INFLATION = 100;

	/** A sheet of 100,000 rows and ten columns is about 60 MB of XML. */
	static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

	private static final Set<String> SHEET_NAMES = Set.of("kennzahlen", "figures", "fragebogen", "questionnaire");

	private static final String DATE = "\u0000date";

	static {
		ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

	private XlsxSheetReader() {
	}

	/** Whether {@code bytes} start as a zip archive, as every {@code .xlsx} does. */
	static boolean isZip(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	static Sheet read(byte[] bytes) throws ImportRefusedException {
		if (!isZip(bytes)) {
			throw new ImportRefusedException("import.xlsx.unreadable");
		}
		Path file = null;
		try {
			// a zip file is read entry by entry from disk; from a stream, POI would hold every inflated entry
			file = Files.createTempFile("vitako-import-", ".xlsx");
			Files.write(file, bytes);
			OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			try {
				return read(new XSSFReader(workbook));
			}
			finally {
				workbook.revert();
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw refusal(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	private static Sheet read(XSSFReader workbook)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		workbook.setUseReadOnlySharedStringsTable(true);
		String chosen = chooseSheet(workbook);
		XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
		while (sheets.hasNext()) {
			try (InputStream sheet = sheets.next()) {
				if (sheets.getSheetName().equals(chosen)) {
					return read(workbook, chosen, sheet);
				}
			}
		}
		throw new ImportRefusedRuntime("import.empty");
	}

	/** The sheet of one of our templates ("Kennzahlen", "figures", "Fragebogen", "questionnaire"), else the first. */
	private static String chooseSheet(XSSFReader workbook) throws IOException, OpenXML4JException {
		String first = null;
		XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
		while (sheets.hasNext()) {
			sheets.next().close();
			String name = sheets.getSheetName();
			if (SHEET_NAMES.contains(name.strip().toLowerCase(Locale.ROOT))) {
				return name;
			}
			if (first == null) {
				first = name;
			}
		}
		if (first == null) {
			throw new ImportRefusedRuntime("import.empty");
		}
		return first;
	}

	private static Sheet read(XSSFReader workbook, String name, InputStream sheet)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		Cells cells = new Cells();
		FormulaWatch watch = new FormulaWatch(cells);
		ContentHandler handler = new XSSFSheetXMLHandler(workbook.getStylesTable(), workbook.getSharedStringsTable(),
				cells, new ValueFormatter(), false);
		// the watch sees each cell's elements before POI's handler reports the cell
		XMLReader parser = XMLHelper.newXMLReader();
		watch.setParent(parser);
		watch.setContentHandler(handler);
		cells.watch = watch;
		watch.parse(new InputSource(sheet));
		if (cells.header == null) {
			throw new ImportRefusedRuntime("import.empty");
		}
		if (cells.rows.isEmpty()) {
			throw new ImportRefusedRuntime("import.noRows");
		}
		return new Sheet("Excel, " + name, cells.header, cells.rows, NumberStyle.ENGLISH, cells.problems);
	}

	private static ImportRefusedException refusal(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ImportRefusedRuntime refused) {
				return new ImportRefusedException(refused.getMessage(), refused.arguments);
			}
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb") || message.contains("max size")) {
				return new ImportRefusedException("import.xlsx.bomb");
			}
			if (message.contains("DOCTYPE")) {
				return new ImportRefusedException("import.xlsx.doctype");
			}
		}
		return new ImportRefusedException("import.xlsx.unreadable");
	}

	/** A typed number as an import reads it: {@code 73.1}, {@code 196900}, never {@code 1.969E5}. */
	static String plain(double value) {
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** Whether a number format scales by 100 ({@code 0.0%}), not merely writes a percent sign ({@code 0.0" %"}). */
	static boolean scalesToPercent(String format) {
		boolean quoted = false;
		for (int i = 0; i < format.length(); i++) {
			char c = format.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\\' || c == '_' || c == '*') {
				i++;
			}
			else if (!quoted && c == '%') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes a typed number plainly instead of as its format shows it, except that a percentage is read as the
	 * percent it shows; marks a date.
	 */
	private static final class ValueFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)) {
				return DATE;
			}
			if (formatString != null && scalesToPercent(formatString)) {
				return new BigDecimal(Double.toString(value)).movePointRight(2).stripTrailingZeros().toPlainString();
			}
			return plain(value);
		}

	}

	/**
	 * Notes whether the cell being read holds a formula ({@code <f>}), with or without a result, and passes every
	 * event on to POI.
	 */
	private static final class FormulaWatch extends XMLFilterImpl {

		private final Cells cells;

		private boolean formula;

		private String address;

		FormulaWatch(Cells cells) {
			this.cells = cells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
			if ("c".equals(localName)) {
				this.formula = false;
				this.address = atts.getValue("r");
			}
			else if ("f".equals(localName)) {
				this.formula = true;
			}
			super.startElement(uri, localName, qName, atts);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			super.endElement(uri, localName, qName);
			if ("c".equals(localName) && this.formula) {
				this.cells.formula(this.address);
			}
		}

	}

	/** Collects the header (the first row with a value) and the data rows. */
	private static final class Cells implements SheetContentsHandler {

		private FormulaWatch watch;

		private List<String> header;

		private final List<Row> rows = new ArrayList<>();

		private final List<CellProblem> problems = new ArrayList<>();

		private List<String> current;

		private int number;

		@Override
		public void startRow(int index) {
			this.number = index + 1;
			this.current = new ArrayList<>();
		}

		@Override
		public void cell(String address, String value, XSSFComment comment) {
			if (this.watch.formula) {
				// reported by the watch at the cell's end, with or without a result
				return;
			}
			int column = column(address);
			if (DATE.equals(value)) {
				this.problems.add(new CellProblem(this.number, column, where(address, column), "import.xlsx.date"));
				return;
			}
			this.current.set(column, (value != null) ? value : "");
		}

		void formula(String address) {
			int column = column(address);
			this.problems.add(new CellProblem(this.number, column, where(address, column), "import.xlsx.formula"));
		}

		/** The cell's column (a cell without an address follows the one before), with room for it in the row. */
		private int column(String address) {
			int column = (address != null) ? new CellReference(address).getCol() : this.current.size();
			while (this.current.size() <= column) {
				this.current.add("");
			}
			return column;
		}

		private String where(String address, int column) {
			return (address != null) ? address : new CellReference(this.number - 1, column).formatAsString();
		}

		@Override
		public void endRow(int index) {
			Row row = new Row(this.number, List.copyOf(this.current));
			boolean withProblem = !this.problems.isEmpty()
					&& this.problems.get(this.problems.size() - 1).row() == this.number;
			if (this.header == null) {
				if (!row.blank()) {
					this.header = CsvSheetReader.trimTrailingBlanks(this.current);
				}
				return;
			}
			if (!row.blank() || withProblem) {
				if (this.rows.size() == CsvSheetReader.MAX_ROWS) {
					throw new ImportRefusedRuntime("import.tooManyRows", CsvSheetReader.MAX_ROWS);
				}
				this.rows.add(row);
			}
		}

	}

	/** Stops reading from inside POI's handler; turned into an {@link ImportRefusedException} outside. */
	private static final class ImportRefusedRuntime extends RuntimeException {

		private final transient Object[] arguments;

		ImportRefusedRuntime(String key, Object... arguments) {
			super(key, null, false, false);
			this.arguments = arguments;
		}

	}

}
