package de.vitako.dashboard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text reads as written. Spring Boot reads {@code application*.properties} as ISO-8859-1, so a German
 * default typed into it as UTF-8 shows as "ZustÃ¤ndige": those files must be ASCII, with {@code \u00e4} escapes.
 * Message bundles and templates are read as UTF-8 and must be valid UTF-8 without the marks of text that was
 * decoded twice.
 */
class TextEncodingTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	@Test
	void applicationPropertiesAreAsciiWithEscapes() throws IOException {
		for (Path file : files("application", ".properties")) {
			byte[] bytes = Files.readAllBytes(file);
			for (int i = 0; i < bytes.length; i++) {
				assertThat(bytes[i] & 0xff).as("%s byte %d: write non-ASCII as \\uXXXX", file, i).isLessThan(0x80);
			}
		}
		assertThat(files("application", ".properties")).isNotEmpty();
	}

	@Test
	void bundlesAndTemplatesAreCleanUtf8() throws IOException {
		List<Path> texts;
		try (Stream<Path> all = Files.walk(RESOURCES)) {
			texts = all.filter((p) -> p.toString().endsWith(".html")
					|| p.getFileName().toString().startsWith("messages") && p.toString().endsWith(".properties"))
				.toList();
		}
		assertThat(texts).hasSizeGreaterThan(10);
		for (Path file : texts) {
			String text = strictUtf8(file);
			// "Ã¤" is "ä" decoded as Latin-1; "â€" starts a typographic character decoded so
			assertThat(text).as(file.toString()).doesNotContain("Ã", "â€", "\uFFFD");
		}
	}

	private static List<Path> files(String prefix, String suffix) throws IOException {
		try (Stream<Path> all = Files.list(RESOURCES)) {
			return all.filter((p) -> p.getFileName().toString().startsWith(prefix)
					&& p.getFileName().toString().endsWith(suffix)).toList();
		}
	}

	private static String strictUtf8(Path file) throws IOException {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new AssertionError(file + " is not valid UTF-8", ex);
		}
	}

}
