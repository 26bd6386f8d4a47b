package de.vitako.dashboard.dashboard;

import java.nio.charset.StandardCharsets;

import de.vitako.dashboard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views that keep: the years, the indexed view and the table live in the metric page's URL and work without
 * JavaScript, and the embed code and the image links carry them, so that a shared link shows what its sender saw.
 */
@IntegrationTest
class ChartViewTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aSharedUrlWithYearsAndTheTableOpensThatView() {
		String page = page("/metrics/employees?from=2012&to=2018&view=table&lang=de");
		assertThat(page).contains("class=\"chart-card detailed view-table\"", "<th scope=\"row\">2012</th>",
				"<th scope=\"row\">2018</th>", "Wachstum von 2012 bis 2018")
			.doesNotContain("<th scope=\"row\">2010</th>", "<th scope=\"row\">2019</th>");
		assertThat(page)
			.contains("&quot;labels&quot;:[&quot;2012&quot;,&quot;2014&quot;,&quot;2016&quot;,&quot;2018&quot;]");
		assertThat(page).as("the embed code keeps the view")
			.contains("/embed/metrics/employees?lang=de&amp;amp;from=2012&amp;amp;to=2018&amp;amp;view=table");
		assertThat(page).as("the images draw its years")
			.contains("href=\"/metrics/employees.png?lang=de&amp;from=2012&amp;to=2018\"",
					"href=\"/metrics/employees.svg?lang=de&amp;from=2012&amp;to=2018\"");
		assertThat(page).contains("<option value=\"2012\" selected=\"selected\">2012</option>",
				"<input type=\"hidden\" name=\"view\" value=\"table\">");
	}

	@Test
	void theIndexedViewSetsTheFirstYearTo100() {
		String page = page("/metrics/employees?index=1&lang=de");
		assertThat(page).contains("Mitarbeiterzahl – Index, 2010 = 100", "<td>100</td>", "<td>109,5</td>",
				"<td>142,4</td>", "Index, 2010 = 100: ", "name=\"index\" value=\"1\" checked=\"checked\"");
		assertThat(page).contains("&quot;data&quot;:[100.0,109.5,113.1,119.4,133.3,142.4]");
		String from2014 = page("/metrics/employees?index=1&from=2014&lang=en");
		assertThat(from2014).contains("Index, 2014 = 100", "<td>100</td>", "<td>125.9</td>");
		assertThat(page("/metrics/video-licences?index=1&lang=de")).as("each segment from its own first year")
			.contains("<td>1.395,3</td>", "<td>646,7</td>");
	}

	@Test
	void sharesAndPercentagesAreNeverIndexed() {
		String page = page("/metrics/workplace-device-share?index=1&lang=de");
		assertThat(page).doesNotContain("Index, ", "name=\"index\"");
		assertThat(page("/metrics/employees?lang=de")).contains("id=\"index\" name=\"index\" value=\"1\"");
	}

	@Test
	void embedsAndImagesDrawTheChosenView() {
		String embed = page("/embed/metrics/employees?from=2014&view=table&lang=de");
		assertThat(embed).contains("view-table", "<th scope=\"row\">2014</th>")
			.doesNotContain("<th scope=\"row\">2012</th>")
			.contains("/metrics/employees?lang=de&amp;from=2014&amp;view=table");
		String svg = page("/metrics/employees.svg?from=2012&to=2018&index=1&lang=de");
		assertThat(svg).contains("Index, 2012 = 100", "2012–2018").doesNotContain("2010–2019");
		MvcTestResult whole = this.mvc.get().uri("/metrics/employees.svg?lang=de").exchange();
		MvcTestResult part = this.mvc.get().uri("/metrics/employees.svg?from=2012&lang=de").exchange();
		assertThat(whole.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(part.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(page("/metrics/employees.svg?from=1800&to=abc&index=yes&lang=de")).as("what is no view is left out")
			.contains("2010–2019");
	}

	private String page(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

}
