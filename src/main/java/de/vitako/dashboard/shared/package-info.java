/**
 * What every module may use: telling an unreachable database from other failures, the database's
 * reachability, answers cached per data revision, and the rules for the names and passwords people log in with
 * (staff and members alike). Depends on no other module.
 */
@ApplicationModule(displayName = "Shared", allowedDependencies = {})
package de.vitako.dashboard.shared;

import org.springframework.modulith.ApplicationModule;
