package de.vitako.dashboard.figures;

import java.time.LocalDate;

/**
 * A source document of the registry: its title (which figures name), and what is known of it.
 *
 * @param publisher who published it, {@code null} if not recorded
 * @param publishedOn when, {@code null} if not recorded
 * @param url where to read it, {@code null} if not recorded
 * @param licence under which it may be reused, {@code null} if not recorded
 */
public record SourceInfo(String title, String publisher, LocalDate publishedOn, String url, String licence) {
}
