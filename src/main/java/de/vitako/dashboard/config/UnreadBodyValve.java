package de.vitako.dashboard.config;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After an answer to a request whose body the application did not read (a POST to a page, a form refused before
 * its fields were needed, an upload too large), the answer is sent and the rest of the body read and thrown away
 * for two seconds at most, in one of the {@link BodyReaders}' slots, so that the client can read the answer before
 * the connection closes; without a free slot, or if the body goes on, the connection is closed. Tomcat would
 * otherwise drain it on the request worker at whatever pace the client sends it. An engine valve: it runs when
 * the answer, an error page included, is complete.
 */
class UnreadBodyValve extends ValveBase {

	static final Duration DRAIN_TIME = Duration.ofSeconds(2);

	/** As much as Tomcat would drain ({@code server.tomcat.max-swallow-size}). */
	static final long DRAIN_BYTES = 1024 * 1024;

	private final BodyReaders readers;

	UnreadBodyValve(BodyReaders readers) {
		super(true);
		this.readers = readers;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (request.isAsyncStarted() || bodyFullyRead(request)) {
			return;
		}
		if (this.readers.enter(Duration.ZERO)) {
			try {
				response.finishResponse();
				drain(request);
			}
			catch (IOException | IllegalStateException ex) {
				// the client has gone, or the application read the body as text: the connection is closed below
			}
			finally {
				this.readers.leave();
			}
		}
		if (!bodyFullyRead(request)) {
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

	private static void drain(Request request) throws IOException {
		long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
		InputStream body = request.getInputStream();
		byte[] buffer = new byte[8192];
		long drained = 0;
		int read = 0;
		while (read >= 0 && drained < DRAIN_BYTES && System.nanoTime() < deadline) {
			read = body.read(buffer);
			drained += Math.max(read, 0);
		}
	}

	private static boolean bodyFullyRead(Request request) {
		AtomicBoolean fullyRead = new AtomicBoolean(true);
		request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
		return fullyRead.get();
	}

}
