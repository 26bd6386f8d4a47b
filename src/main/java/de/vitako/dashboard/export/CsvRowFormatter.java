package de.vitako.dashboard.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureRow;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.shared.SpreadsheetCells;

/**
 * The one place where an export row becomes cells, for one export's variant and language: values exact with a
 * dot (machine) or a comma (Excel), the unit as a code or a word, labels and texts neutralised against CSV
 * injection, times in UTC. Not thread-safe: one formatter per export.
 */
final class CsvRowFormatter {

	private static final DateTimeFormatter EXCEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final boolean excel;

	private final boolean english;

	private Instant lastTime;

	private String lastFormatted;

	CsvRowFormatter(ExportQuery query) {
		this.excel = query.format() == ExportFormat.EXCEL;
		this.english = query.english();
	}

	String[] cells(FigureRow row) {
		String value = (row.value() == null) ? "" : row.value().stripTrailingZeros().toPlainString();
		String source = source(row, this.english);
		return new String[] { row.metric(), row.segment(), String.valueOf(row.year()),
				this.excel ? value.replace('.', ',') : value, status(row.status()),
				this.excel ? unitLabel(row.unit(), this.english) : row.unit(),
				SpreadsheetCells.neutralise(row.metricLabel()), SpreadsheetCells.neutralise(row.segmentLabel()),
				SpreadsheetCells.neutralise(source), SpreadsheetCells.neutralise(row.note()),
				SpreadsheetCells.neutralise(row.noteEn()),
				time(row.updatedAt()), (row.basis() == null) ? "" : String.valueOf(row.respondents()),
				(row.basis() == null) ? "" : String.valueOf(row.invited()) };
	}

	/** Figures written together share their time, so the last one formatted is usually the next. */
	private String time(Instant updatedAt) {
		if (!updatedAt.equals(this.lastTime)) {
			Instant seconds = updatedAt.truncatedTo(ChronoUnit.SECONDS);
			this.lastFormatted = this.excel ? EXCEL_TIME.format(seconds.atOffset(ZoneOffset.UTC))
					: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(seconds.atOffset(ZoneOffset.UTC));
			this.lastTime = updatedAt;
		}
		return this.lastFormatted;
	}

	/** The flag as a code (machine) or as a word of the export's language (Excel); empty for none. */
	private String status(FigureStatus status) {
		if (status == null) {
			return "";
		}
		return this.excel ? status.label(this.english ? Locale.ENGLISH : Locale.GERMAN) : status.code();
	}

	/** The unit as a word of the export's language: "Anzahl", "Prozent", "Euro". */
	static String unitLabel(String unit, boolean english) {
		return switch (unit) {
			case "percent" -> english ? "percent" : "Prozent";
			case "euro" -> english ? "euro" : "Euro";
			default -> english ? "number" : "Anzahl";
		};
	}

	/** The source with its page: "Vitako: …, S. 2" / "…, p. 2". */
	static String source(FigureRow row, boolean english) {
		return row.sourcePage() == null ? row.sourceTitle()
				: row.sourceTitle() + (english ? ", p. " : ", S. ") + row.sourcePage();
	}

}
