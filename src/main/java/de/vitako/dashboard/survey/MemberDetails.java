package de.vitako.dashboard.survey;

import java.io.Serializable;

/**
 * A member organisation as staff describe it.
 *
 * @param kind {@code data_centre}, {@code software}, {@code service} or {@code other}
 * @param federalState the ISO 3166-2:DE code without {@code DE-} ({@code NW}), {@code null} for nationwide
 * @param website {@code http(s)://…}, or {@code null}
 */
public record MemberDetails(String name, String shortName, String kind, String federalState,
		String website) implements Serializable {
}
