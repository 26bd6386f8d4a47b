package de.vitako.dashboard.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

import org.springframework.stereotype.Component;

/**
 * The rules for a password that a person chooses: at least 12 characters, not the user name, and not one of the
 * common passwords that nbvcxz bundles (about 100,000, the lists attackers try first), compared without regard
 * to case. At most 72 bytes, because bcrypt reads no further.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private volatile Set<String> common;

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> check(String username, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("account.password.tooLong");
		}
		if (UserNames.key(password).equals(UserNames.key(username))) {
			return Optional.of("account.password.username");
		}
		if (common().contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.common");
		}
		return Optional.empty();
	}

	private Set<String> common() {
		Set<String> loaded = this.common;
		if (loaded == null) {
			loaded = DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords)
				.keySet()
				.stream()
				.map((word) -> word.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
			this.common = loaded;
		}
		return loaded;
	}

}
