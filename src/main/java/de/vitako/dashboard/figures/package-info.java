/**
 * The metric catalogue, the figures, their snapshots, every change to them with its history, and the read
 * API.
 */
@ApplicationModule(displayName = "Figures", allowedDependencies = "shared")
package de.vitako.dashboard.figures;

import org.springframework.modulith.ApplicationModule;
