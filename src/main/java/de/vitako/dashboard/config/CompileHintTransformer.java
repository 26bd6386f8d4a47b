package de.vitako.dashboard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Marks our scripts and Chart.js for eager compilation ({@code //# allFunctionsCalledOnLoad}, V8's explicit
 * compile hint): Chromium then compiles every function while the script streams in, off the main thread, instead
 * of compiling each one on its first call. Drawing the first chart calls most of Chart.js, and its compilation on
 * the main thread was most of the page's longest task. Other browsers read a comment. The content hash of the URL
 * is taken from the unchanged file, which is fine: the same file always gets the same line. A script's source map
 * gets an empty first line, so that it still points at the right places.
 */
class CompileHintTransformer implements ResourceTransformer {

	private static final byte[] HINT = "//# allFunctionsCalledOnLoad\n".getBytes(StandardCharsets.US_ASCII);

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = chain.transform(request, resource);
		String name = transformed.getFilename();
		if (name != null && name.endsWith(".js.map")) {
			// the script's source map moves down by the line: an empty first line of mappings
			String map = transformed.getContentAsString(StandardCharsets.UTF_8);
			return new TransformedResource(transformed,
					map.replaceFirst("\"mappings\"\\s*:\\s*\"", "$0;").getBytes(StandardCharsets.UTF_8));
		}
		if (name == null || !name.endsWith(".js")) {
			return transformed;
		}
		byte[] content = transformed.getContentAsByteArray();
		byte[] hinted = new byte[HINT.length + content.length];
		System.arraycopy(HINT, 0, hinted, 0, HINT.length);
		System.arraycopy(content, 0, hinted, HINT.length, content.length);
		return new TransformedResource(transformed, hinted);
	}

}
