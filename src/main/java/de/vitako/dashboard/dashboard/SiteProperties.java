package de.vitako.dashboard.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator-specific texts of the pages a German public-sector site must have (Impressum,
 * Datenschutzerklärung, Erklärung zur Barrierefreiheit). The defaults in {@code application.properties} are
 * placeholders to be replaced.
 */
@ConfigurationProperties("vitako.site")
record SiteProperties(String operatorName,
		String operatorAddress,
		String representative,
		String contactEmail,
		String dataProtectionOfficer,
		String accessibilityContactEmail,
		String enforcementBody,
		String accessibilityStatementDate) {
}
