package de.vitako.dashboard.figures.releases;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How releases are published.
 *
 * @param fourEyes whether a publisher may publish only changes that someone else made last
 * ({@code VITAKO_PUBLISH_FOUR_EYES})
 */
@ConfigurationProperties("vitako.publish")
public record PublishProperties(boolean fourEyes) {
}
