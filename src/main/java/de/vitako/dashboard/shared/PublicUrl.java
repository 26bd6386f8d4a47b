package de.vitako.dashboard.shared;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's public address, from which every absolute URL we write is made (canonical and alternate links, Open
 * Graph, JSON-LD, citations, the sitemap, the feed, the DCAT catalogue, the OpenAPI document): the configured
 * {@code VITAKO_PUBLIC_URL}, so that no {@code Host} or {@code X-Forwarded-*} header a client sends can change what
 * later visitors see. Without it (the embedded default on a developer's machine) the address comes from the
 * request, and an answer that holds it may be kept for everyone only when it was asked for on a loopback address.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicUrl.Properties.class)
public class PublicUrl {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final @Nullable String configured;

	PublicUrl(Properties properties) {
		this.configured = (properties.publicUrl() == null) ? null : normalised(properties.publicUrl());
	}

	/** The site's base URL without a trailing slash: {@code https://kennzahlen.vitako.de}. */
	public String base() {
		return base(currentRequest());
	}

	/** The configured address ({@code VITAKO_PUBLIC_URL}), for links made with no request at hand. */
	public Optional<String> configured() {
		return Optional.ofNullable(this.configured);
	}

	/** The site's base URL without a trailing slash, for this request. */
	public String base(HttpServletRequest request) {
		return (this.configured != null) ? this.configured
				: ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

	/** The current request's path at the site's base URL, without its query. */
	public UriComponentsBuilder page() {
		HttpServletRequest request = currentRequest();
		return UriComponentsBuilder.fromUriString(base(request)).path(request.getRequestURI());
	}

	/**
	 * Whether an answer that holds the base URL may be kept and given to everyone: always with a configured base,
	 * else only for a request that came in over a loopback connection and names a loopback host (a developer's
	 * machine; its base is then part of the answer's key). The connection is the socket's, which no header can
	 * choose, so a client elsewhere cannot fill the cache by naming {@code localhost}.
	 */
	public boolean mayBeShared(HttpServletRequest request) {
		return this.configured != null
				|| (loopbackConnection(request) && LOOPBACK.contains(request.getServerName()));
	}

	private static boolean loopbackConnection(HttpServletRequest request) {
		try {
			// an address literal from the socket: no name is looked up
			return InetAddress.getByName(request.getLocalAddr()).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static String normalised(URI url) {
		if (!url.isAbsolute() || url.getHost() == null || !("https".equals(url.getScheme())
				|| "http".equals(url.getScheme())) || url.getRawQuery() != null || url.getRawFragment() != null) {
			throw new IllegalArgumentException("VITAKO_PUBLIC_URL must be an http or https URL without query, like "
					+ "https://kennzahlen.vitako.de, not " + url);
		}
		String text = url.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * @param publicUrl the site's address as readers reach it ({@code VITAKO_PUBLIC_URL}), unset on a developer's
	 * machine
	 */
	@ConfigurationProperties("vitako")
	record Properties(@Nullable URI publicUrl) {
	}

}
