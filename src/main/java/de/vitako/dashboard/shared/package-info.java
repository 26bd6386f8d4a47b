/**
 * What every module may use: telling an unreachable database from other failures, the database's
 * reachability, and answers cached per data revision. Depends on no other module.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package de.vitako.dashboard.shared;

import org.springframework.modulith.ApplicationModule;
