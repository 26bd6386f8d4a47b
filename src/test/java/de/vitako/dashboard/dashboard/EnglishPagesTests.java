package de.vitako.dashboard.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.MetricInfo;
import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English pages in English: every public page's text, read as a reader sees it, has none of a list of German
 * words and no German number (decimal comma, dot between thousands). The brochure's title, a German name, is the
 * one German the pages may quote. A metric of one segment is named once, not "Staff · Staff · 2010".
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishPagesTests {

	/** Words that are German only; each would show a German text on an English page. */
	private static final List<String> GERMAN = List.of("Kennzahl", "Bereich", "Ausgabe", "Anmerkung", "Quelle",
			"Rundungsbedingte", "Ungenauigkeiten", "Broschüre", "laut", "Zahlen", "vorläufig", "geheim", "Jahr",
			"Schulen", "Verwaltungen", "Sonstige", "Stand:", "und", "oder", "mit", "nicht");

	/** {@code 83,3 %} or {@code 196.900}: a number written the German way. */
	private static final Pattern GERMAN_NUMBER = Pattern.compile("\\b\\d+,\\d{1,2}\\s?%|\\b\\d{1,3}\\.\\d{3}\\b");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FigureSnapshots snapshots;

	Stream<String> pages() {
		return Stream.concat(
				Stream.of("/", "/releases", "/releases/1", "/search?q=VPN", "/impressum", "/datenschutz",
						"/barrierefreiheit", "/embed/metrics/workplace-device-share"),
				this.snapshots.metrics().stream().map(MetricInfo::slug).map((slug) -> "/metrics/" + slug))
			.map((path) -> path + (path.contains("?") ? "&" : "?") + "lang=en");
	}

	/** A metric of one segment is named once in a release's list of changes, in either language. */
	@Test
	void namesAOneSegmentMetricOnceInAReleasesChanges() {
		assertThat(text("/releases/1?lang=en")).contains("Staff · 2010").doesNotContain("Staff · Staff");
		assertThat(text("/releases/1?lang=de")).contains("Mitarbeiterzahl · 2010")
			.doesNotContain("Mitarbeiterzahl · Mitarbeiter ·");
	}

	private String text(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void showsNoGermanWordsAndNoGermanNumbers(String page) {
		String html = new String(this.mvc.get().uri(page).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		// the text a reader sees: no scripts, no tags, no words marked as German, no brochure's title
		String text = html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]*lang=\"de\"[^>]*>.*?</[a-z]+>", " ")
			.replaceAll("<[^>]+>", " ")
			.replace("Digital durch die Pandemie", "")
			.replace("Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister", "")
			.replace("&nbsp;", " ");
		for (String word : GERMAN) {
			assertThat(Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find()).as("%s: \"%s\"",
					page, word).isFalse();
		}
		assertThat(GERMAN_NUMBER.matcher(text).find()).as("%s: a German number in %s", page,
				GERMAN_NUMBER.matcher(text).results().map((m) -> m.group()).toList()).isFalse();
	}

}
