package de.vitako.dashboard.survey;

/**
 * What the login needs of a member's contact: the address they log in with, their password's hash, and the
 * language of their mails, in which the members' area first opens.
 */
public record MemberLogin(String email, String passwordHash, String language) {
}
