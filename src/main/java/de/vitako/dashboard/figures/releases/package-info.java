/**
 * Publication: the draft copied into a numbered, citable release, now or at a scheduled time. Used by the admin
 * area only.
 */
@NamedInterface("releases")
package de.vitako.dashboard.figures.releases;

import org.springframework.modulith.NamedInterface;
