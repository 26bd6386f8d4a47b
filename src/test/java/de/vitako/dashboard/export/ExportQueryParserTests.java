package de.vitako.dashboard.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.figures.FigureCatalog;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ExportQueryParserTests {

	private final ExportQueryParser parser;

	ExportQueryParserTests() {
		MetricInfo staff = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total")).metric();
		MetricInfo devices = TestMetrics
			.metric("devices_ordered", Unit.COUNT, true, false, List.of("schools", "other"))
			.metric();
		FigureCatalog catalog = mock(FigureCatalog.class);
		given(catalog.metrics()).willReturn(List.of(staff, devices));
		given(catalog.metricInfo("employees")).willReturn(Optional.of(staff));
		given(catalog.metricInfo("devices_ordered")).willReturn(Optional.of(devices));
		given(catalog.metricInfo("nope")).willReturn(Optional.empty());
		this.parser = new ExportQueryParser(catalog);
	}

	@Test
	void readsRepeatedAndCommaSeparatedFiltersIntoOneCanonicalQuery() {
		ExportQuery query = this.parser.parse(List.of("employees,devices_ordered", "employees"), List.of("schools"),
				"2010", " 2020 ", "excel", "en");
		assertThat(query.metrics()).containsExactly("devices_ordered", "employees");
		assertThat(query.segments()).containsExactly("schools");
		assertThat(query.from()).isEqualTo(2010);
		assertThat(query.to()).isEqualTo(2020);
		assertThat(query.format()).isEqualTo(ExportFormat.EXCEL);
		assertThat(query.english()).isTrue();
		assertThat(this.parser.parse(List.of("devices_ordered", "employees"), List.of("schools"), "2010", "2020",
				"excel", "en")).isEqualTo(query);
	}

	@Test
	void defaultsToAllFiguresInTheMachineVariant() {
		ExportQuery query = this.parser.parse(null, null, null, null, null, null);
		assertThat(query.metrics()).isEmpty();
		assertThat(query.format()).isEqualTo(ExportFormat.CSV);
		assertThat(query.locale().getLanguage()).isEqualTo(Locale.GERMAN.getLanguage());
	}

	@Test
	void refusesEachBadFilterWithItsReason() {
		assertRefused(HttpStatus.NOT_FOUND, "nope", () -> this.parser.parse(List.of("nope"), null, null, null, null, null));
		assertRefused(HttpStatus.BAD_REQUEST, "schools",
				() -> this.parser.parse(List.of("employees"), List.of("schools"), null, null, null, null));
		assertRefused(HttpStatus.BAD_REQUEST, "after",
				() -> this.parser.parse(null, null, "2020", "2010", null, null));
		assertRefused(HttpStatus.BAD_REQUEST, "twenty", () -> this.parser.parse(null, null, "twenty", null, null, null));
		assertRefused(HttpStatus.BAD_REQUEST, "ods", () -> this.parser.parse(null, null, null, null, "ods", null));
		assertRefused(HttpStatus.BAD_REQUEST, "fr", () -> this.parser.parse(null, null, null, null, null, "fr"));
	}

	private static void assertRefused(HttpStatus status, String detail, Runnable parse) {
		assertThatExceptionOfType(BadExportRequestException.class).isThrownBy(parse::run)
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(status))
			.withMessageContaining(detail);
	}

}
