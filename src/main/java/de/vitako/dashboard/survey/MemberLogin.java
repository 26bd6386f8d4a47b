package de.vitako.dashboard.survey;

/**
 * What the login needs of a member's contact: the address they log in with and their password's hash.
 */
public record MemberLogin(String email, String passwordHash) {
}
