package de.vitako.dashboard.dashboard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit (BITV 2.0 § 7), linked from every footer.
 */
@Controller
@EnableConfigurationProperties(SiteProperties.class)
class SiteController {

	private final SiteProperties site;

	SiteController(SiteProperties site) {
		this.site = site;
	}

	@GetMapping("/impressum")
	String imprint(Model model) {
		model.addAttribute("site", this.site);
		return "site/imprint";
	}

	@GetMapping("/datenschutz")
	String privacy(Model model) {
		model.addAttribute("site", this.site);
		return "site/privacy";
	}

	@GetMapping("/barrierefreiheit")
	String accessibility(Model model) {
		model.addAttribute("site", this.site);
		return "site/accessibility";
	}

}
