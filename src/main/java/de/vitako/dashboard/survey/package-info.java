/**
 * The member survey: Vitako's members and the people who answer for them (the registry), and, growing, the yearly
 * survey rounds they answer. Staff manage it in the admin area; the domain lives here.
 */
@ApplicationModule(displayName = "Survey", allowedDependencies = { "figures", "figures::draft", "mail", "spreadsheets",
		"shared" })
package de.vitako.dashboard.survey;

import org.springframework.modulith.ApplicationModule;
