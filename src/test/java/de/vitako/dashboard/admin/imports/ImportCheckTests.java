package de.vitako.dashboard.admin.imports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.vitako.dashboard.admin.PlausibilityCheck;
import de.vitako.dashboard.admin.imports.ImportPreview.Problem;
import de.vitako.dashboard.figures.FigureBasis;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureStatus;
import de.vitako.dashboard.figures.NumberInput;
import de.vitako.dashboard.figures.SourceInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.spreadsheets.ImportRefusedException;
import de.vitako.dashboard.spreadsheets.Sheet;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every row of an import checked against the catalogue and compared with the draft, with the forms' rules; the
 * messages name row and column, in the admin's language.
 */
class ImportCheckTests {

	/** Staff (a count, one segment, 2018 and 2019) and device shares (percent, parts of one whole, 2020). */
	private static final FigureSnapshot DRAFT = new FigureSnapshot(42, Instant.parse("2026-11-30T10:00:00Z"), List.of(
			TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total"), "total", 2018, "14060",
					"total", 2019, "15020"),
			TestMetrics.metric("device_type_share", Unit.PERCENT, false, true, List.of("tablets", "laptops"),
					"tablets", 2020, "73.1", "laptops", 2020, "26.9")),
			null, List.of(), Map.of("Test", new SourceInfo("Test", null, null, null, null)));

	private final ImportCheck check = new ImportCheck(TestMetrics.messages(),
			new PlausibilityCheck(TestMetrics.messages()));

	@Test
	void comparesWithTheDraftNewChangedAndUnchanged() throws Exception {
		ImportPreview preview = check("""
				metric,segment,year,value,source
				employees,total,2019,15020,"Test, S. 2"
				employees,total,2020,16000.0,Erhebung 2021
				device_type_share,tablets,2020,70.1,"Test, S. 2"
				device_type_share,laptops,2020,29.9,"Test, S. 2"
				""");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.unchanged()).as("the source's page read from \"Test, S. 2\"").isEqualTo(1);
		assertThat(preview.added()).singleElement().satisfies((c) -> {
			assertThat(c.row()).isEqualTo(3);
			assertThat(c.after().value()).isEqualByComparingTo("16000");
			assertThat(c.after().sourceTitle()).isEqualTo("Erhebung 2021");
		});
		assertThat(preview.changed()).hasSize(2).first().satisfies((c) -> {
			assertThat(c.before().value()).isEqualByComparingTo("73.1");
			assertThat(c.after().value()).isEqualByComparingTo("70.1");
		});
		assertThat(preview.applicable()).isTrue();
		assertThat(preview.draftRevision()).isEqualTo(42);
		assertThat(preview.notices()).as("a source the registry does not know yet")
			.containsExactly("Die Quelle „Erhebung 2021“ ist neu und wird ins Quellenverzeichnis aufgenommen.");
	}

	@Test
	void readsWhatASurveysFigureRestsOnBothOrNeitherAndNoMoreAnswersThanInvitations() throws Exception {
		ImportPreview preview = check("""
				Kennzahl;Bereich;Jahr;Wert;Quelle;Antworten (n);Eingeladen
				device_type_share;tablets;2021;65,4;Umfrage 2021;26;52
				device_type_share;laptops;2021;34,6;Umfrage 2021;;
				""");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.added()).extracting((change) -> change.after().basis())
			.containsExactly(new FigureBasis(26, 52), null);
		for (String basis : new String[] { "26;", ";52", "53;52", "-1;52", "0;0", "2,5;52", "x;52" }) {
			assertThat(check("Kennzahl;Bereich;Jahr;Wert;Quelle;Antworten (n);Eingeladen\n"
					+ "device_type_share;tablets;2021;65,4;Q;" + basis + "\n").problems())
				.as(basis)
				.singleElement()
				.satisfies((problem) -> assertThat(problem.message()).startsWith("Antworten (n) und Eingeladen"));
		}
	}

	@Test
	void readsNumbersTheWayTheFileWritesThem() throws Exception {
		ImportPreview german = check("""
				Kennzahl;Bereich;Jahr;Wert;Quelle
				employees;total;2020;1.234.567;Q
				device_type_share;tablets;2020;70,5;Q
				""");
		assertThat(german.problems()).isEmpty();
		assertThat(german.added().get(0).after().value()).isEqualByComparingTo("1234567");
		assertThat(german.changed().get(0).after().value()).isEqualByComparingTo("70.5");
		ImportPreview english = check("""
				metric,segment,year,value,source
				employees,total,2020,"1,234,567",Q
				device_type_share,tablets,2020,70.5,Q
				""");
		assertThat(english.problems()).isEmpty();
		assertThat(english.added().get(0).after().value()).isEqualByComparingTo("1234567");
	}

	/** One number rule: what the form of the file's language accepts, the import accepts, and what it refuses too. */
	@Test
	void readsEveryNumberAsTheFormOfTheFilesLanguageDoes() throws Exception {
		ImportPreview german = check("""
				Kennzahl;Bereich;Jahr;Wert;Quelle
				device_type_share;tablets;2020;70,5;Q
				employees;total;2020;63.500;Q
				""");
		assertThat(german.problems()).isEmpty();
		assertThat(german.added().get(0).after().value()).isEqualByComparingTo("63500");
		for (String typed : new String[] { "63.500", "63500", "1.234.567", "70,5", "1.5", "1,234", "abc", "-1" }) {
			assertThat(check("Kennzahl;Bereich;Jahr;Wert;Quelle\nemployees;total;2020;" + typed + ";Q\n").problems())
				.as(typed)
				.hasSize(NumberInput.value(typed, Unit.COUNT, Locale.GERMAN).ok() ? 0 : 1);
			assertThat(check("Kennzahl;Bereich;Jahr;Wert;Quelle\ndevice_type_share;tablets;2020;" + typed + ";Q\n")
				.problems()).as(typed)
				.hasSize(NumberInput.value(typed, Unit.PERCENT, Locale.GERMAN).ok() ? 0 : 1);
		}
	}

	@Test
	void refusesAmbiguousAndMixedNumbersWithRowAndColumn() throws Exception {
		assertThat(check("""
				Kennzahl;Bereich;Jahr;Wert;Quelle
				device_type_share;laptops;2020;1.5;Q
				""").problems()).containsExactly(new Problem(2, "Wert",
						"„1.5“ ist mehrdeutig (Tausendertrennzeichen oder Dezimalzeichen?): "
								+ "Bitte ohne Tausendertrennzeichen schreiben."));
		assertThat(check("""
				Kennzahl;Bereich;Jahr;Wert;Quelle
				device_type_share;tablets;2020;70,5;Q
				device_type_share;laptops;2020;29.5;Q
				""").problems()).extracting(Problem::row, Problem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Wert"));
	}

	@Test
	void refusesBadValuesAsTheFormsDo() throws Exception {
		List<Problem> problems = check("""
				metric,segment,year,value,source
				employees,total,2020,12.5,Q
				employees,total,2021,-3,Q
				device_type_share,tablets,2021,100.5,Q
				employees,total,1850,3,Q
				employees,total,2022,drei,Q
				""").problems();
		assertThat(problems).extracting(Problem::row, Problem::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Diese Kennzahl zählt; bitte eine ganze Zahl eingeben."),
					org.assertj.core.groups.Tuple.tuple(3, "Negative Werte sind nicht möglich."),
					org.assertj.core.groups.Tuple.tuple(4, "Ein Prozentwert kann höchstens 100 sein."),
					org.assertj.core.groups.Tuple.tuple(5, "Bitte ein Jahr von 1990 bis 2100 eingeben."),
					org.assertj.core.groups.Tuple.tuple(6, "„drei“ ist keine Zahl."));
	}

	@Test
	void suggestsTheClosestCodeForUnknownMetricsAndSegments() throws Exception {
		List<Problem> problems = check("""
				metric,segment,year,value,source
				employes,total,2020,1,Q
				device_type_share,tablet,2021,1,Q
				nothing_like_it,x,2021,1,Q
				""").problems();
		assertThat(problems).extracting(Problem::message)
			.containsExactly("Die Kennzahl „employes“ gibt es nicht. Meinten Sie „employees“?",
					"Den Bereich „tablet“ gibt es für diese Kennzahl nicht. Meinten Sie „tablets“?",
					"Die Kennzahl „nothing_like_it“ gibt es nicht.");
		assertThat(problems.get(0).column()).isEqualTo("metric");
		assertThat(problems.get(1).column()).isEqualTo("segment");
	}

	@Test
	void refusesTheSameFigureTwice() throws Exception {
		assertThat(check("""
				metric,segment,year,value,source
				employees,total,2020,1,Q
				employees,total,2021,2,Q
				Kennzahl employees,Bereich total,2020,3,Q
				""").problems()).containsExactly(new Problem(4, "year",
						"Dieselbe Kennzahl, derselbe Bereich und dasselbe Jahr stehen schon in Zeile 2."));
	}

	@Test
	void takesLabelsForCodesAndIgnoresUnknownColumnsWithANotice() throws Exception {
		ImportPreview preview = check("""
				Jahr;Kennzahl;Bereich;Wert;Quelle;Bemerkung intern
				2020;Metric employees;Segment total;16000;Test;nur für uns
				""");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.added()).singleElement().satisfies((c) -> {
			assertThat(c.metric().code()).isEqualTo("employees");
			assertThat(c.after().sourceTitle()).isEqualTo("Test");
		});
		assertThat(preview.notices()).containsExactly("Die Spalte „Bemerkung intern“ ist unbekannt und wird nicht gelesen.");
	}

	/** Last year's source would attribute the new figure to last year's document: the team names the new one. */
	@Test
	void refusesANewFigureWithoutItsOwnSourceButLetsACorrectionKeepItsSource() throws Exception {
		ImportPreview preview = check("""
				metric;segment;year;value
				employees;total;2020;16000
				employees;total;2019;15100
				""");
		assertThat(preview.problems())
			.containsExactly(new Problem(2, "source", "Für eine neue Zahl fehlt die Quelle."));
		assertThat(preview.changed()).singleElement()
			.satisfies((c) -> assertThat(c.after().sourceTitle()).isEqualTo("Test"));
	}

	@Test
	void keepsFormulaSignsAsPlainTextAndDropsTheQuoteOurExportsAdd() throws Exception {
		ImportPreview preview = check("""
				metric,segment,year,value,source,note
				employees,total,2020,1,Q,=HYPERLINK("http://example.org")
				employees,total,2021,1,Q,'@SUM(A1)
				""");
		assertThat(preview.added()).extracting((c) -> c.after().note())
			.containsExactly("=HYPERLINK(\"http://example.org\")", "@SUM(A1)");
	}

	@Test
	void refusesAFileWithoutTheRequiredColumns() {
		assertThatExceptionOfType(ImportRefusedException.class)
			.isThrownBy(() -> check("Kennzahl;Jahr;Betrag\nemployees;2020;1\n"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly("segment, value"));
	}

	@Test
	void warnsOfTheFormsImplausibleJumpsAndSharesNotSummingUp() throws Exception {
		ImportPreview preview = check("""
				metric,segment,year,value,source
				employees,total,2020,160000,Q
				device_type_share,tablets,2020,80,Q
				""");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.warnings()).hasSize(2);
		assertThat(preview.warnings().get(0)).startsWith("Kennzahl employees 2020: ");
	}

	@Test
	void writesItsMessagesInTheAdminsLanguage() throws Exception {
		Sheet sheet = Sheet.read("import.csv",
				"metric,segment,year,value\nemployes,total,2020,1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.check.check(sheet, DRAFT, Locale.ENGLISH).problems()).extracting(Problem::message)
			.containsExactly("There is no metric \"employes\". Did you mean \"employees\"?");
	}

	/** A flag by its code, name or sign in either language; a confidential figure's row has no value. */
	@Test
	void readsFlagsAndAConfidentialFigureWithoutItsValue() throws Exception {
		ImportPreview preview = check("""
				metric;segment;year;value;Vermerk;source
				employees;total;2020;16000;vorläufig;Test
				employees;total;2019;15020;r;Test
				device_type_share;tablets;2021;;confidential;Test
				device_type_share;laptops;2021;29,9;;Test
				""");
		assertThat(preview.problems()).isEmpty();
		assertThat(preview.added()).extracting((c) -> c.segment().code() + ":" + c.after().value() + ":"
				+ c.after().status())
			.containsExactly("total:16000:PROVISIONAL", "tablets:null:CONFIDENTIAL", "laptops:29.9:null");
		assertThat(preview.changed()).singleElement()
			.satisfies((c) -> assertThat(c.after().status()).isEqualTo(FigureStatus.REVISED));
		assertThat(preview.warnings()).as("no sum with a withheld share").isEmpty();
	}

	@Test
	void refusesAValueForAConfidentialFigureAndAnUnknownFlag() throws Exception {
		assertThat(check("""
				metric;segment;year;value;status;source
				employees;total;2020;16000;geheim gehalten;Test
				employees;total;2021;16000;sicher;Test
				""").problems()).containsExactly(
						new Problem(2, "value", "Eine geheim gehaltene Zahl hat keinen Wert: "
								+ "Lassen Sie das Feld leer oder wählen Sie einen anderen Vermerk."),
						new Problem(3, "status", "„sicher“ ist kein Vermerk. Möglich sind: vorläufig, "
								+ "geschätzt, berichtigt, geheim gehalten, Bruch in der Reihe (oder leer für keinen)."));
	}

	private ImportPreview check(String csv) throws Exception {
		return this.check.check(Sheet.read("import.csv", csv.getBytes(StandardCharsets.UTF_8)), DRAFT, Locale.GERMAN);
	}

}
