package de.vitako.dashboard.export;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the DCAT-AP.de catalogue says of its operator, for GovData: set per installation, like the Impressum texts.
 *
 * @param publisherName the publisher of the data ({@code foaf:name})
 * @param publisherHomepage the publisher's web site, also the IRI that names it
 * @param publisherType an entry of the ADMS publisher types
 * @param contactName the contact point's name ({@code vcard:fn})
 * @param contactEmail the contact point's address ({@code vcard:hasEmail})
 * @param contributorId the GovData contributor ID ({@code dcatde:contributorID}), an entry of
 * {@code http://dcat-ap.de/def/contributors/} that GovData assigns when a publisher is registered
 * @param politicalGeocodingLevel the administrative level the data covers, from DCAT-AP.de's vocabulary
 * @param spatial the area the data covers (an EU authority-table country or a DCAT-AP.de geocoding IRI)
 * @param themes EU data themes of every dataset
 */
@ConfigurationProperties("vitako.dcat")
record DcatProperties(
		@DefaultValue("Vitako – Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister e.V.") String publisherName,
		@DefaultValue("https://www.vitako.de/") String publisherHomepage,
		@DefaultValue("http://purl.org/adms/publishertype/NonProfitOrganisation") String publisherType,
		@DefaultValue("Vitako-Geschäftsstelle") String contactName,
		@DefaultValue("kontakt@example.org") String contactEmail,
		@DefaultValue("http://dcat-ap.de/def/contributors/vitako") String contributorId,
		@DefaultValue("http://dcat-ap.de/def/politicalGeocoding/Level/federal") String politicalGeocodingLevel,
		@DefaultValue("http://publications.europa.eu/resource/authority/country/DEU") String spatial,
		@DefaultValue({ "http://publications.europa.eu/resource/authority/data-theme/GOVE",
				"http://publications.europa.eu/resource/authority/data-theme/TECH" }) List<String> themes) {
}
