/**
 * Infrastructure: the embedded PostgreSQL and its roles, languages, the clock, security headers, error pages
 * and the answer while the database is away. Knows nothing of figures.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = "shared")
package de.vitako.dashboard.config;

import org.springframework.modulith.ApplicationModule;
