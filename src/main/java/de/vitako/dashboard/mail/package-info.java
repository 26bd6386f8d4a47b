/**
 * Mail that is never lost nor sent twice: an outbox written in the caller's transaction and a worker that sends
 * it over SMTP (Spring Boot's {@code spring.mail.*}) with retries. Without an SMTP server the mails wait in the
 * outbox, where an admin can read them.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = "shared")
package de.vitako.dashboard.mail;

import org.springframework.modulith.ApplicationModule;
