/**
 * CSV exports and the Data Package, from the figures.
 */
@ApplicationModule(displayName = "Exports", allowedDependencies = { "figures", "shared" })
package de.vitako.dashboard.export;

import org.springframework.modulith.ApplicationModule;
