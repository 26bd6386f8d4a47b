/**
 * The tables' entities, repositories and readers, and the event that a change was written: for the module's own
 * services, never seen outside it.
 */
package de.vitako.dashboard.figures.internal;
