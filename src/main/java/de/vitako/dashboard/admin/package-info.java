/**
 * The admin area: sign-in, throttle, accounts, and the forms that change figures.
 */
@ApplicationModule(displayName = "Administration",
		allowedDependencies = { "figures", "figures::draft", "figures::catalogue", "figures::releases", "config", "mail",
				"survey", "survey::results", "spreadsheets", "shared" })
package de.vitako.dashboard.admin;

import org.springframework.modulith.ApplicationModule;
