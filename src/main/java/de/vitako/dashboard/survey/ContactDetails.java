package de.vitako.dashboard.survey;

import java.io.Serializable;

/**
 * A person who answers for a member organisation: the mails to them are in {@code language} ({@code de} or
 * {@code en}).
 */
public record ContactDetails(String name, String email, String language) implements Serializable {
}
