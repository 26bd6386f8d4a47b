/**
 * The admin area: sign-in, throttle, accounts, and the forms that change figures.
 */
@ApplicationModule(displayName = "Administration", allowedDependencies = { "figures", "config", "shared" })
package de.vitako.dashboard.admin;

import org.springframework.modulith.ApplicationModule;
