package de.vitako.dashboard.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data licence named in the exports' metadata. The default is the one German open-data portals use.
 */
@ConfigurationProperties("vitako.export.license")
record ExportProperties(@DefaultValue("dl-de/by-2-0") String name,
		@DefaultValue("Datenlizenz Deutschland – Namensnennung – Version 2.0") String title,
		@DefaultValue("https://www.govdata.de/dl-de/by-2-0") String path) {
}
