package de.vitako.dashboard.mail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import de.vitako.dashboard.shared.DatabaseStatus;
import de.vitako.dashboard.support.IntegrationTest;
import de.vitako.dashboard.support.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Mail is never lost and never sent twice: queued with what causes it, sent over a real SMTP server, kept while
 * the server is away, and sent once however many instances look at the outbox.
 */
@IntegrationTest
class MailOutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvcTester mvc;

	/** A marker of this test's mails: every recipient has it, so other mails in the server do not count. */
	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void emptyMailboxes() throws Exception {
		TestMailServer.start().purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void serverRuns() {
		TestMailServer.start();
	}

	@Test
	void aMailQueuedWithACommittedChangeArrivesOnceAsTextAndHtml() throws Exception {
		long id = this.transaction.execute((status) -> this.outbox.queue(mail("anna")));
		List<MimeMessage> received = awaitReceived(1);
		MimeMessage message = received.get(0);
		assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(address("anna"));
		assertThat(message.getSubject()).isEqualTo("Einladung zur Umfrage 2026");
		assertThat(message.getMessageID()).startsWith("<outbox." + id + ".");
		assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(message.getContentLanguage()).containsExactly("de");
		String parts = parts(message);
		assertThat(parts).contains("text/plain", "Ihr Link: https://example.org/survey/xyz", "text/html",
				"<a href=\"https://example.org/survey/xyz\">");
		// the server has the mail a moment before the sender's transaction marks it sent
		awaitSent(id);
	}

	@Test
	void aMailQueuedWithAChangeThatIsRolledBackIsNeverSent() throws Exception {
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.queue(mail("rolled-back"));
			status.setRollbackOnly();
		});
		this.transaction.execute((status) -> this.outbox.queue(mail("after")));
		assertThat(awaitReceived(1)).extracting((m) -> m.getAllRecipients()[0].toString())
			.containsExactly(address("after"));
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
				address("rolled-back")))
			.isZero();
	}

	@Test
	void aMailIsQueuedOnlyWithTheChangeThatCausesIt() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.queue(mail("alone")));
	}

	/**
	 * The SMTP server is away: the mails wait with the reason and a later attempt; one that has had its last
	 * attempt is given up. The server comes back: each waiting mail arrives once, and looking again sends nothing.
	 */
	@Test
	void whileTheServerIsAwayMailsWaitAndArriveOnceWhenItIsBack() throws Exception {
		TestMailServer.stop();
		List<Long> ids = new ArrayList<>();
		this.transaction.executeWithoutResult((status) -> {
			for (String name : List.of("one", "two", "three", "last")) {
				ids.add(this.outbox.queue(mail(name)));
			}
		});
		this.jdbc.update("update mail_outbox set attempts = 9 where id = ?", ids.get(3));
		awaitNoneDue(ids);
		assertThat(this.jdbc.queryForList("select status from mail_outbox where id = any(?) order by id", String.class,
				(Object) ids.toArray(Long[]::new)))
			.containsExactly("pending", "pending", "pending", "failed");
		assertThat(this.jdbc.queryForObject("""
				select bool_and(attempts >= 1 and last_error is not null and next_attempt_at > now())
				from mail_outbox where id = any(?)""", Boolean.class, (Object) ids.toArray(Long[]::new))).isTrue();

		TestMailServer.start();
		this.jdbc.update("update mail_outbox set next_attempt_at = now() where id = any(?) and status = 'pending'",
				(Object) ids.toArray(Long[]::new));
		List<MimeMessage> received = awaitReceived(3);
		assertThat(received).extracting((m) -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder(address("one"), address("two"), address("three"));
		assertThat(this.sender.sendDue()).isZero();
		assertThat(ours(TestMailServer.start())).hasSize(3);
		assertThat(this.jdbc.queryForObject("select status from mail_outbox where id = ?", String.class, ids.get(3)))
			.isEqualTo("failed");
	}

	@Test
	void twoInstancesSendEachMailExactlyOnce(@Autowired ObjectProvider<JavaMailSender> senders,
			@Autowired PlatformTransactionManager transactions, @Autowired MailSettings settings,
			@Autowired DatabaseStatus database, @Autowired Clock clock) throws Exception {
		OutboxSender other = new OutboxSender(senders, this.jdbc, transactions, settings, database, clock);
		List<Long> ids = this.transaction.execute((status) -> IntStream.range(0, 40)
			.mapToObj((i) -> this.outbox.queue(mail("member" + i)))
			.toList());
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> sendAll(this.sender, ids));
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> sendAll(other, ids));
		CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
		List<MimeMessage> received = awaitReceived(40);
		assertThat(received).extracting((m) -> m.getAllRecipients()[0].toString())
			.doesNotHaveDuplicates()
			.hasSize(40);
		assertThat(received).extracting(MimeMessage::getMessageID).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where id = any(?) and status = 'sent'",
				Integer.class, (Object) ids.toArray(Long[]::new))).isEqualTo(40);
	}

	@Test
	void adminsReadTheOutboxWithEachMailsText() {
		long id = this.transaction.execute((status) -> this.outbox.queue(mail("reader")));
		assertThat(this.mvc.get().uri("/admin/outbox").with(user("admin").roles("ADMIN")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"mail-" + id + "\"", address("reader"), "Einladung zur Umfrage 2026",
					"Ihr Link: https://example.org/survey/xyz");
	}

	private void awaitSent(long id) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!"sent".equals(this.jdbc.queryForObject("select status from mail_outbox where id = ?", String.class,
				id))) {
			assertThat(System.nanoTime()).as("mail %d marked sent", id).isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private void sendAll(OutboxSender instance, List<Long> ids) {
		while (pending(ids) > 0) {
			instance.sendDue();
		}
	}

	private int pending(List<Long> ids) {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where id = any(?) and status = 'pending'",
				Integer.class, (Object) ids.toArray(Long[]::new));
	}

	/** Waits until every one of {@code ids} has been attempted and none is due (the server being away). */
	private void awaitNoneDue(List<Long> ids) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.jdbc.queryForObject("""
				select count(*) from mail_outbox
				where id = any(?) and (attempts = 0 or (status = 'pending' and next_attempt_at <= now()))""",
				Integer.class, (Object) ids.toArray(Long[]::new)) > 0) {
			assertThat(System.nanoTime()).as("every mail attempted").isLessThan(deadline);
			this.sender.sendDue();
			Thread.sleep(20);
		}
	}

	/** This test's mails in the server, once {@code count} of them have arrived (or the wait has timed out). */
	private List<MimeMessage> awaitReceived(int count) throws InterruptedException {
		GreenMail server = TestMailServer.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (ours(server).size() < count && System.nanoTime() < deadline) {
			server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
		}
		return ours(server);
	}

	private List<MimeMessage> ours(GreenMail server) {
		return List.of(server.getReceivedMessages()).stream().filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().endsWith("." + this.run + "@example.org");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private OutgoingMail mail(String name) {
		return new OutgoingMail("invitation", address(name), "de", "Einladung zur Umfrage 2026",
				"Ihr Link: https://example.org/survey/xyz",
				"<p>Ihr Link: <a href=\"https://example.org/survey/xyz\">zur Umfrage</a></p>");
	}

	private String address(String name) {
		return name + "." + this.run + "@example.org";
	}

	private static String parts(MimeMessage message) throws Exception {
		StringBuilder all = new StringBuilder();
		collect(message.getContent(), all);
		return all.toString();
	}

	private static void collect(Object content, StringBuilder all) throws Exception {
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				all.append(multipart.getBodyPart(i).getContentType()).append('\n');
				collect(multipart.getBodyPart(i).getContent(), all);
			}
		}
		else {
			all.append(content).append('\n');
		}
	}

}
