package de.vitako.dashboard.dashboard;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embeds: other sites may frame them and nothing else; they set no cookie and open no session; they follow
 * {@code lang}; they show the chart with its table for readers without JavaScript, its source, licence and release,
 * and a link to the full page; an unknown metric gets a small page that fits the frame.
 */
@IntegrationTest
class EmbedTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void mayBeFramedByAnySiteAndSetsNoCookie() {
		MvcTestResult embed = this.mvc.get().uri("/embed/metrics/vpn-certificates?lang=en").exchange();
		assertThat(embed).hasStatusOk();
		assertThat(embed.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *")
			.doesNotContain("frame-ancestors 'none'");
		assertThat(embed).doesNotContainHeader("X-Frame-Options").doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(embed.getRequest().getSession(false)).isNull();
		assertThat(embed).bodyText()
			.contains("<html lang=\"en\">", "VDI/VPN", "Source: Vitako: Digital durch die Pandemie",
					"Licence: Datenlizenz Deutschland", "As of release ",
					"href=\"http://localhost/metrics/vpn-certificates?lang=en\"", "<table>", "data-chart=")
			.doesNotContain("/admin", "Abmelden");
		assertThat(this.mvc.get().uri("/embed/metrics/vpn-certificates")).bodyText()
			.contains("<html lang=\"de\">", "Quelle: ", "Stand: Ausgabe ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/metrics/vpn-certificates", "/releases", "/login", "/admin/figures" })
	void everyOtherPageMayNotBeFramed(String uri) {
		MvcTestResult page = this.mvc.get().uri(uri).exchange();
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(page).hasHeader("X-Frame-Options", "DENY");
	}

	@Test
	void offersTheCodeToEmbedOnTheMetricPage() {
		assertThat(this.mvc.get().uri("/metrics/vpn-certificates?lang=de")).bodyText()
			.contains("<summary>Einbetten</summary>",
					"&lt;iframe src=&quot;http://localhost/embed/metrics/vpn-certificates?lang=de&quot;",
					"aspect-ratio:4/3", "data-copy=\"embed-code\"");
	}

	@Test
	void answersAnUnknownMetricWithASmallPageThatFitsTheFrame() {
		MvcTestResult missing = this.mvc.get().uri("/embed/metrics/nothing-here").exchange();
		assertThat(missing).hasStatus(404).bodyText().contains("Diese Kennzahl gibt es nicht", "embed-page");
		assertThat(missing.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
		assertThat(this.mvc.get().uri("/embed/metrics/employees?release=999")).hasStatus(404);
	}

}
