package de.vitako.dashboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client that keeps cookies like a browser, for tests that talk to running instances over real HTTP.
 * Cookies are kept per host, so one client carries an admin's session from one instance to another.
 */
public final class WebClient {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public HttpResponse<String> get(String url) {
		return get(url, BROWSER_ACCEPT);
	}

	public HttpResponse<String> get(String url, String accept) {
		return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(), accept);
	}

	/** A download's bytes, as a browser saves them. */
	public byte[] download(String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> postForm(String url, Map<String, String> form) {
		return postForm(url, form, BROWSER_ACCEPT);
	}

	public HttpResponse<String> postForm(String url, Map<String, String> form, String accept) {
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), accept);
	}

	/** Sends a file as a browser's upload form does ({@code multipart/form-data}), with the form's CSRF token. */
	public HttpResponse<String> postFile(String url, String field, String fileName, byte[] content, String csrf) {
		String boundary = "----vitako" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
					HttpRequest.BodyPublishers.ofByteArray(content), HttpRequest.BodyPublishers.ofByteArray(tail)))
			.build(), BROWSER_ACCEPT);
	}

	/** Signs in as the test admin at {@code baseUrl}; the session cookie stays with this client. */
	public HttpResponse<String> login(String baseUrl) {
		return login(baseUrl, "admin", "test-admin-password");
	}

	/** Signs in at {@code baseUrl}; the session cookie stays with this client. */
	public HttpResponse<String> login(String baseUrl, String username, String password) {
		return postForm(baseUrl + "/login",
				Map.of("username", username, "password", password, "_csrf", csrfToken(baseUrl + "/login")));
	}

	/** The CSRF token of the first form on a page. */
	public String csrfToken(String url) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get(url).body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + url);
		}
		return token.group(1);
	}

	private HttpResponse<String> send(HttpRequest request, String accept) {
		HttpRequest asBrowser = HttpRequest.newBuilder(request, (name, value) -> true).header("Accept", accept).build();
		try {
			return this.http.send(asBrowser, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
