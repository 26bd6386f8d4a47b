package de.vitako.dashboard.figures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.shared.ProblemException;
import de.vitako.dashboard.shared.ProblemType;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class FigureFiltersTests {

	private final FigureFilters filters;

	FigureFiltersTests() {
		MetricInfo staff = TestMetrics.metric("employees", Unit.COUNT, false, false, List.of("total")).metric();
		MetricInfo devices = TestMetrics
			.metric("devices_ordered", Unit.COUNT, true, false, List.of("schools", "other"))
			.metric();
		FigureSnapshots snapshots = mock(FigureSnapshots.class);
		given(snapshots.metrics()).willReturn(List.of(staff, devices));
		given(snapshots.knownRelease()).willReturn(2);
		PublishedReleases published = mock(PublishedReleases.class);
		given(published.catalogueOf(2)).willReturn(Optional.of(List.of(staff, devices)));
		given(published.catalogueOf(1)).willReturn(Optional.of(List.of(staff)));
		this.filters = new FigureFilters(snapshots, published);
	}

	@Test
	void readsRepeatedAndCommaSeparatedFiltersIntoOneCanonicalFilter() {
		FigureFilter filter = this.filters.parse(List.of("employees,devices_ordered", "employees"),
				List.of("schools"), "2010", " 2020 ", "en", null);
		assertThat(filter.metrics()).containsExactly("devices_ordered", "employees");
		assertThat(filter.segments()).containsExactly("schools");
		assertThat(filter.from()).isEqualTo(2010);
		assertThat(filter.to()).isEqualTo(2020);
		assertThat(filter.english()).isTrue();
		assertThat(filter.release()).isEqualTo(2);
		assertThat(this.filters.parse(List.of("devices_ordered", "employees"), List.of("schools"), "2010", "2020",
				"en", "2")).isEqualTo(filter);
	}

	@Test
	void defaultsToAllFiguresOfTheLatestReleaseInGerman() {
		FigureFilter filter = this.filters.parse(null, null, null, null, null, null);
		assertThat(filter.metrics()).isEmpty();
		assertThat(filter.locale().getLanguage()).isEqualTo(Locale.GERMAN.getLanguage());
		assertThat(filter.release()).isEqualTo(2);
		assertThat(filter.ofDraft().release()).isEqualTo(FigureFilter.DRAFT);
	}

	@Test
	void refusesEachBadFilterWithItsKindAndReason() {
		assertRefused(ProblemType.UNKNOWN_METRIC, "nope", () -> this.filters.parse(List.of("nope"), null, null, null,
				null, null));
		assertRefused(ProblemType.BAD_PARAMETER, "schools",
				() -> this.filters.parse(List.of("employees"), List.of("schools"), null, null, null, null));
		assertRefused(ProblemType.BAD_PARAMETER, "after", () -> this.filters.parse(null, null, "2020", "2010", null,
				null));
		assertRefused(ProblemType.BAD_PARAMETER, "twenty", () -> this.filters.parse(null, null, "twenty", null, null,
				null));
		assertRefused(ProblemType.BAD_PARAMETER, "fr", () -> this.filters.parse(null, null, null, null, "fr", null));
		assertRefused(ProblemType.BAD_PARAMETER, "'abc'", () -> this.filters.parse(null, null, null, null, null,
				"abc"));
		assertRefused(ProblemType.UNKNOWN_RELEASE, "No release 3 ", () -> this.filters.parse(null, null, null, null,
				null, "3"));
	}

	@Test
	void checksMetricsAgainstTheCatalogueOfTheReleaseAskedFor() {
		assertRefused(ProblemType.UNKNOWN_METRIC, "devices_ordered",
				() -> this.filters.parse(List.of("devices_ordered"), null, null, null, null, "1"));
		assertThat(this.filters.parse(List.of("devices_ordered"), null, null, null, null, "2").metrics())
			.containsExactly("devices_ordered");
	}

	private static void assertRefused(ProblemType kind, String detail, Runnable parse) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(parse::run)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind))
			.satisfies((ex) -> assertThat(ex.getStatusCode().value()).isEqualTo(kind.status().value()))
			.satisfies((ex) -> assertThat(ex.getBody().getType()).isEqualTo(kind.type()))
			.satisfies((ex) -> assertThat(ex.getBody().getDetail()).contains(detail));
	}

}
