package de.vitako.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key exists in German and English, with a text, so that no page shows a raw key.
 */
class I18nPropertiesSyncTests {

	@Test
	void germanAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties german = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
		assertThat(german.values()).allSatisfy((text) -> assertThat(text.toString()).isNotBlank());
		assertThat(english.values()).allSatisfy((text) -> assertThat(text.toString()).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
