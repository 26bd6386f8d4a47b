/**
 * The read API under {@code /api/v1}: the metric catalogue, each metric's figures, the figures query and the
 * releases, with its OpenAPI document and the one place that turns every error of the public data into an RFC 9457
 * problem.
 */
@ApplicationModule(displayName = "Read API", allowedDependencies = { "figures", "shared" })
package de.vitako.dashboard.api;

import org.springframework.modulith.ApplicationModule;
