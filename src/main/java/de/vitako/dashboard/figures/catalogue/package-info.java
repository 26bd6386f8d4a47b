/**
 * The metric catalogue in the draft: the only way metrics, segments, headline tiles and sources change. Used by the
 * admin area only.
 */
@NamedInterface("catalogue")
package de.vitako.dashboard.figures.catalogue;

import org.springframework.modulith.NamedInterface;
