package de.vitako.dashboard.figures;

import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document follows the catalogue: a metric's {@code code} in a path takes the codes of the latest
 * release, so a metric created in the admin area is documented once it is published, with no code change. The
 * document is built per request ({@code springdoc.cache.disabled}) for that reason; it is small.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenApiCustomizer catalogueCodes(FigureCatalog catalog) {
		return (api) -> {
			List<String> codes = catalog.snapshot().metrics().stream().map((m) -> m.metric().code()).toList();
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths()
				.values()
				.stream()
				.flatMap((path) -> path.readOperations().stream())
				.filter((operation) -> operation.getParameters() != null)
				.flatMap((operation) -> operation.getParameters().stream())
				.filter((parameter) -> "path".equals(parameter.getIn()) && "code".equals(parameter.getName()))
				.forEach((parameter) -> codes(parameter, codes));
		};
	}

	private static void codes(Parameter parameter, List<String> codes) {
		StringSchema schema = new StringSchema();
		schema.setEnum(codes);
		parameter.setSchema(schema);
	}

}
