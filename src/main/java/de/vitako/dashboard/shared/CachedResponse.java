package de.vitako.dashboard.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * An answer that is the same for every reader of one data revision (a page, an export, an API response): made
 * once and kept with its gzip form, so that serving it costs neither rendering nor compression. Every answer
 * carries its ETag, so a reload costs a 304.
 */
public final class CachedResponse {

	/** Below this, compression saves less than its header costs. */
	private static final int COMPRESS_FROM = 256;

	private final String contentType;

	private final byte[] plain;

	private final byte[] gzip;

	private final String etag;

	private CachedResponse(String contentType, byte[] plain, byte[] gzip, String etag) {
		this.contentType = contentType;
		this.plain = plain;
		this.gzip = gzip;
		this.etag = etag;
	}

	/**
	 * @param etag a weak ETag ({@code W/"…"}): the plain and the compressed bytes are the same answer
	 */
	public static CachedResponse of(String contentType, byte[] body, String etag) {
		return new CachedResponse(contentType, body, body.length >= COMPRESS_FROM ? gzip(body) : null, etag);
	}

	/** An answer that compression would not make smaller (a PNG), or that is too small to be worth it. */
	public static CachedResponse incompressible(String contentType, byte[] body, String etag) {
		return new CachedResponse(contentType, body, null, etag);
	}

	/** The uncompressed size in bytes. */
	public int size() {
		return this.plain.length;
	}

	public byte[] body() {
		return this.plain.clone();
	}

	public String etag() {
		return this.etag;
	}

	/**
	 * Answers 304 if the client has this revision, otherwise the bytes, compressed if the client accepts gzip.
	 * Headers set on the response before (Cache-Control, Content-Disposition) are kept.
	 */
	public void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, response).checkNotModified(this.etag)) {
			return;
		}
		byte[] body = this.plain;
		if (this.gzip != null && acceptsGzip(request)) {
			body = this.gzip;
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentType(this.contentType);
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/** {@code gzip} in Accept-Encoding, unless with {@code q=0}. */
	static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (accepted == null) {
			return false;
		}
		for (String coding : accepted.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip();
			if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
