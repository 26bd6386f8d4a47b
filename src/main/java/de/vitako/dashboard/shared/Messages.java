package de.vitako.dashboard.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Texts from the message bundles in the reader's language, with their arguments written out: Spring's
 * {@link MessageSourceAccessor}, taken as varargs.
 */
public final class Messages {

	private final MessageSourceAccessor accessor;

	public Messages(MessageSource source) {
		this.accessor = new MessageSourceAccessor(source);
	}

	public String get(String code, Locale locale, Object... args) {
		return this.accessor.getMessage(code, args, locale);
	}

}
