package de.vitako.dashboard.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void wantsAtLeastTwelveCharacters() {
		assertThat(this.policy.check("anna", "elf Zeichen")).contains("account.password.tooShort");
		assertThat(this.policy.check("anna", "")).contains("account.password.tooShort");
		assertThat(this.policy.check("anna", null)).contains("account.password.tooShort");
		// characters, not UTF-16 units: eleven emoji are eleven characters
		assertThat(this.policy.check("anna", "😀".repeat(11))).contains("account.password.tooShort");
		assertThat(this.policy.check("anna", "zwölf Zeichen")).isEmpty();
	}

	@Test
	void refusesTheUserNameInAnySpelling() {
		assertThat(this.policy.check("anna.berg.vitako", "anna.berg.vitako")).contains("account.password.username");
		assertThat(this.policy.check("anna.berg.vitako", "ANNA.Berg.Vitako")).contains("account.password.username");
		assertThat(this.policy.check("anna.berg.vitako", "ａｎｎａ.ｂｅｒｇ.ｖｉｔａｋｏ"))
			.contains("account.password.username");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.check("anna", "qwerty123456")).contains("account.password.common");
		assertThat(this.policy.check("anna", "QWERTY123456")).contains("account.password.common");
		assertThat(this.policy.check("anna", "1qaz2wsx3edc")).contains("account.password.common");
		assertThat(this.policy.check("anna", "Kennzahlen wachsen jedes Jahr")).isEmpty();
	}

	@Test
	void refusesWhatBcryptWouldCutOff() {
		assertThat(this.policy.check("anna", "a".repeat(72))).isEmpty();
		assertThat(this.policy.check("anna", "a".repeat(73))).contains("account.password.tooLong");
		assertThat(this.policy.check("anna", "ä".repeat(37))).contains("account.password.tooLong");
	}

}
