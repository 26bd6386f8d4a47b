package de.vitako.dashboard.export;

import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureFilter;
import de.vitako.dashboard.figures.FigureFilters;
import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ExportQueryParserTests {

	private static final FigureFilter FILTER = new FigureFilter(List.of("employees"), List.of(), 2010, null,
			Locale.ENGLISH, 3);

	private final ExportQueryParser parser;

	ExportQueryParserTests() {
		FigureFilters filters = mock(FigureFilters.class);
		given(filters.parse(any(), any(), any(), any(), any(), any(), any())).willReturn(FILTER);
		this.parser = new ExportQueryParser(filters);
	}

	@Test
	void exportsTheFiguresOfTheFilterInTheFormatAskedFor() {
		ExportQuery query = this.parser.parse(null, null, null, null, "EXCEL", null, null, null);
		assertThat(query.format()).isEqualTo(ExportFormat.EXCEL);
		assertThat(query.filter()).isEqualTo(FILTER);
		assertThat(query.english()).isTrue();
		assertThat(this.parser.parse(null, null, null, null, "xlsx", null, null, null).format()).isEqualTo(ExportFormat.XLSX);
	}

	@Test
	void defaultsToTheMachineVariant() {
		assertThat(this.parser.parse(null, null, null, null, null, null, null, null).format()).isEqualTo(ExportFormat.CSV);
		assertThat(this.parser.parse(null, null, null, null, " ", null, null, null).format()).isEqualTo(ExportFormat.CSV);
	}

	@Test
	void refusesAnUnknownFormatAsABadParameter() {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.parser.parse(null, null, null, null, "ods", null, null, null))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ProblemType.BAD_PARAMETER))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail()).contains("'ods'"));
	}

}
