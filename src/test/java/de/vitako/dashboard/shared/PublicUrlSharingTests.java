package de.vitako.dashboard.shared;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a configured public URL, a page that holds the request's own address is kept for others only on a
 * developer's machine: a loopback host over a loopback connection. A header names the host; the connection is the
 * socket's.
 */
class PublicUrlSharingTests {

	private final PublicUrl unset = new PublicUrl(new PublicUrl.Properties(null));

	@Test
	void sharesAnswersToALoopbackHostOverALoopbackConnection() {
		assertThat(this.unset.mayBeShared(request("localhost", "127.0.0.1"))).isTrue();
		assertThat(this.unset.mayBeShared(request("[::1]", "0:0:0:0:0:0:0:1"))).isTrue();
	}

	@Test
	void keepsNothingForAClientElsewhereThatNamesLocalhost() {
		assertThat(this.unset.mayBeShared(request("localhost", "192.0.2.7"))).isFalse();
		assertThat(this.unset.mayBeShared(request("127.0.0.1", "192.0.2.7"))).isFalse();
	}

	@Test
	void keepsNothingForAnotherHostEvenOverALoopbackConnection() {
		assertThat(this.unset.mayBeShared(request("kennzahlen.example", "127.0.0.1"))).isFalse();
	}

	@Test
	void sharesEveryAnswerOnceTheAddressIsConfigured() {
		PublicUrl configured = new PublicUrl(new PublicUrl.Properties(URI.create("https://kennzahlen.vitako.de")));
		assertThat(configured.mayBeShared(request("evil.example", "192.0.2.7"))).isTrue();
		assertThat(configured.base(request("evil.example", "192.0.2.7"))).isEqualTo("https://kennzahlen.vitako.de");
	}

	private static MockHttpServletRequest request(String host, String localAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setServerName(host);
		request.setLocalAddr(localAddress);
		return request;
	}

}
