package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * After an answer to a request whose body the application did not read (a POST to a page, a form refused before
 * its fields were needed, an upload too large), the answer is sent and the rest of the body read and thrown away
 * for two seconds at most, in one of the {@link BodyReaders}' slots, so that the client can read the answer before
 * the connection closes (closed with data unread, it would be reset, and the answer lost with it); without a free
 * slot, or if the body goes on longer, the connection is closed. Tomcat would otherwise drain it on the request
 * worker at whatever pace the client sends it. An engine valve: it runs when the answer, an error page included, is
 * complete.
 */
class UnreadBodyValve extends ValveBase {

	static final Duration DRAIN_TIME = Duration.ofSeconds(2);

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
			catch (IOException ex) {
				// the client has gone: the connection is closed below
			}
			finally {
				this.readers.leave();
			}
		}
		if (!bodyFullyRead(request)) {
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

	/**
	 * Reads the rest of the body below the servlet's stream, which a refused upload has closed, and throws it
	 * away, for {@link #DRAIN_TIME} at most.
	 */
	private static void drain(Request request) throws IOException {
		long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
		Discard discard = new Discard();
		while (System.nanoTime() < deadline && request.getCoyoteRequest().doRead(discard) >= 0) {
			discard.buffer = null;
		}
	}

	/** Where a read puts the bytes it got: nowhere. */
	private static final class Discard implements ApplicationBufferHandler {

		private ByteBuffer buffer;

		@Override
		public void setByteBuffer(ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public ByteBuffer getByteBuffer() {
			return this.buffer;
		}

		@Override
		public void expand(int size) {
			// nothing is kept
		}

	}

	private static boolean bodyFullyRead(Request request) {
		AtomicBoolean fullyRead = new AtomicBoolean(true);
		request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
		return fullyRead.get();
	}

}
