/**
 * The public pages: overview, metric pages with charts, summaries and growth, legal pages, and their
 * cache.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = { "figures", "export", "shared" })
package de.vitako.dashboard.dashboard;

import org.springframework.modulith.ApplicationModule;
