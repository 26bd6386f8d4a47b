/**
 * The draft: the only way figures change (forms, imports, restores), each change with its history. Used by the
 * admin area only.
 */
@NamedInterface("draft")
package de.vitako.dashboard.figures.draft;

import org.springframework.modulith.NamedInterface;
