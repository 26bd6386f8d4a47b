package de.vitako.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The test suite's SMTP server: a real one (GreenMail) in the test JVM, on a port chosen once, so that a test can
 * stop it and start it again where the application expects it. The application finds it through
 * {@code spring.mail.host} ({@code application-test.properties}) and the port registered here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	private static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private static GreenMail server;

	@Bean
	DynamicPropertyRegistrar mailServerPort() {
		return (registry) -> {
			start();
			registry.add("spring.mail.port", SETUP::getPort);
		};
	}

	/** The running server, started if it is not. */
	public static synchronized GreenMail start() {
		if (server == null) {
			server = new GreenMail(SETUP);
			server.start();
		}
		return server;
	}

	/** Stops the server: the application's SMTP connections are refused until {@link #start()}. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
