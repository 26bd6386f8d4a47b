package de.vitako.dashboard.figures.releases;

import java.util.List;

/**
 * A publication, schedule or cancellation that a rule forbids; nothing was stored. The message key says which
 * rule, with its arguments, for the page.
 */
public class PublicationRefusedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	PublicationRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
