package de.vitako.dashboard.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import de.vitako.dashboard.mail.OutgoingMail;
import de.vitako.dashboard.shared.Language;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails to members, from their texts in the message bundles ({@code mail.*}) in the contact's language: plain
 * text as written there, and HTML made from it, each paragraph escaped and the link made a link.
 */
@Component
class MemberMails {

	private final MessageSource messages;

	private final ZoneId zone;

	MemberMails(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.zone = clock.getZone();
	}

	/** The invitation to set a password through {@code link}, valid until {@code expires}. */
	OutgoingMail invitation(ContactDetails contact, MemberDetails member, String link, Instant expires) {
		return mail("invitation", contact, link, contact.name(), member.name(), link, until(contact, expires));
	}

	/** The link to set a new password, valid until {@code expires}. */
	OutgoingMail reset(ContactDetails contact, String link, Instant expires) {
		return mail("reset", contact, link, contact.name(), contact.email(), link, until(contact, expires));
	}

	/** A round's invitation: answer until the round closes, through {@code link} (to set a password first if new). */
	OutgoingMail round(ContactDetails contact, MemberDetails member, RoundDetails round, String link,
			boolean newAccount) {
		Locale locale = Locale.forLanguageTag(contact.language());
		String closes = Language.of(locale).longDate().format(round.closesOn());
		return mail(newAccount ? "round.new" : "round", contact, link, contact.name(), member.name(),
				String.valueOf(round.year()), closes, link);
	}

	/** A reminder: the questionnaire is not submitted yet, and the round closes soon. */
	OutgoingMail reminder(ContactDetails contact, MemberDetails member, RoundDetails round, String link,
			boolean newAccount) {
		Locale locale = Locale.forLanguageTag(contact.language());
		String closes = Language.of(locale).longDate().format(round.closesOn());
		return mail(newAccount ? "reminder.new" : "reminder", contact, link, contact.name(), member.name(),
				String.valueOf(round.year()), closes, link);
	}

	/** The confirmation of a submitted questionnaire, with a copy of its answers. */
	OutgoingMail confirmation(ContactDetails contact, MemberDetails member, RoundDetails round,
			Questionnaire submitted) {
		Locale locale = Locale.forLanguageTag(contact.language());
		return mail("confirmation", contact, "", contact.name(), member.name(), String.valueOf(round.year()),
				AnswerFormat.summary(submitted, locale, this.messages));
	}

	private OutgoingMail mail(String kind, ContactDetails contact, String link, Object... arguments) {
		Locale locale = Locale.forLanguageTag(contact.language());
		String subject = this.messages.getMessage("mail." + kind + ".subject", arguments, locale);
		String text = this.messages.getMessage("mail." + kind + ".text", arguments, locale);
		String escapedLink = link.isEmpty() ? null : HtmlUtils.htmlEscape(link);
		String html = "<!DOCTYPE html><html lang=\"" + contact.language() + "\"><body>"
				+ Arrays.stream(text.split("\n\n"))
					.map((paragraph) -> "<p>" + linked(HtmlUtils.htmlEscape(paragraph), escapedLink)
						.replace("\n", "<br>") + "</p>")
					.collect(Collectors.joining())
				+ "</body></html>";
		return new OutgoingMail(kind.replace('.', '_'), contact.email(), contact.language(), subject, text, html);
	}

	private static String linked(String paragraph, String link) {
		return (link != null) ? paragraph.replace(link, "<a href=\"" + link + "\">" + link + "</a>") : paragraph;
	}

	private String until(ContactDetails contact, Instant expires) {
		return Language.of(Locale.forLanguageTag(contact.language())).dateTime().format(expires.atZone(this.zone));
	}

}
