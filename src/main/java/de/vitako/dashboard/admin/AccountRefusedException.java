package de.vitako.dashboard.admin;

/**
 * An account action that a rule forbids (the last active admin, a name taken, a change made meanwhile); nothing
 * was stored. The message key says which rule, for the page.
 */
class AccountRefusedException extends RuntimeException {

	private final String messageKey;

	AccountRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
