package de.vitako.dashboard.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operator-specific texts of the pages a German public-sector site must have (Impressum,
 * Datenschutzerklärung, Erklärung zur Barrierefreiheit). The defaults are placeholders to be replaced.
 */
@ConfigurationProperties("vitako.site")
record SiteProperties(@DefaultValue("[Name des Betreibers]") String operatorName,
		@DefaultValue("[Anschrift des Betreibers]") String operatorAddress,
		@DefaultValue("[Vertretungsberechtigte Person]") String representative,
		@DefaultValue("kontakt@example.org") String contactEmail,
		@DefaultValue("[Datenschutzbeauftragte Person, Anschrift, E-Mail]") String dataProtectionOfficer,
		@DefaultValue("barrierefreiheit@example.org") String accessibilityContactEmail,
		@DefaultValue("[Zuständige Schlichtungs- bzw. Durchsetzungsstelle]") String enforcementBody,
		@DefaultValue("2026-11-26") String accessibilityStatementDate) {
}
