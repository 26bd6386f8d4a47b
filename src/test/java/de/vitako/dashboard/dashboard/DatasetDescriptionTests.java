package de.vitako.dashboard.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.Unit;
import de.vitako.dashboard.support.TestMetrics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-LD goes into a page unescaped (HTML escaping would break the JSON): no text can end its script element.
 */
class DatasetDescriptionTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void neverEndsItsScriptElementWhateverATextHolds() {
		FigureSnapshot snapshot = new FigureSnapshot(3, Instant.parse("2026-11-30T10:00:00Z"), List.of(TestMetrics
			.metric("employees", Unit.COUNT, false, false, List.of("total"), "total", 2019, "15020")), null);
		String hostile = "</script><script>alert(1)</script>";
		String description = new DatasetDescription(this.json, "https://www.govdata.de/dl-de/by-2-0").of(snapshot,
				null, hostile, "A \"quoted\" <b>text</b>", "http://localhost/", "http://localhost", Locale.GERMAN);
		assertThat(description).doesNotContain("</script", "<b>");
		assertThat(this.json.readTree(description).get("name").asString()).isEqualTo(hostile);
		assertThat(this.json.readTree(description).get("description").asString())
			.isEqualTo("A \"quoted\" <b>text</b>");
		assertThat(this.json.readTree(description).get("temporalCoverage").asString()).isEqualTo("2019/2019");
	}

}
