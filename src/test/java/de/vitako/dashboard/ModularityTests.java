package de.vitako.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module borders, checked, and the module documentation in {@code docs/modules}, written from the code on
 * every build: PlantUML diagrams and a canvas per module (Spring Modulith's {@link Documenter}), and a Mermaid
 * diagram that GitHub shows as a picture.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(DashboardApplication.class);

	private static final Path DOCS = Path.of("docs", "modules");

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentationFromTheCode() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter((file) -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, relationsInOrder(Files.readAllLines(diagram)));
			}
		}
		String overview = overview();
		Files.writeString(DOCS.resolve("README.md"), overview);
		assertThat(DOCS.resolve("components.puml")).content().contains("Read API", "Figures", "Administration");
		assertThat(overview).contains("admin --> figures", "api --> figures", "export --> figures")
			.doesNotContain("export --> api", "figures --> admin");
	}

	/**
	 * The diagram with its relations sorted: the Documenter writes them in the order of a hash set, which would
	 * change the committed files on every build.
	 */
	private static List<String> relationsInOrder(List<String> lines) {
		List<String> relations = lines.stream().filter((line) -> line.startsWith("Rel(")).sorted().toList();
		List<String> sorted = new ArrayList<>();
		for (String line : lines) {
			if (!line.startsWith("Rel(")) {
				sorted.add(line);
			}
			else if (sorted.isEmpty() || !sorted.get(sorted.size() - 1).startsWith("Rel(")) {
				sorted.addAll(relations);
			}
		}
		return sorted;
	}

	/** Every module, the modules it uses and the named interfaces it offers, as a Mermaid diagram and a table. */
	private static String overview() {
		StringBuilder md = new StringBuilder("""
				# Modules

				Written by `ModularityTests` from the code on every build (do not edit): each arrow is a use of \
				another module's API. `components.puml` and `module-*.puml` are the same as PlantUML diagrams, \
				`module-*.adoc` each module's canvas (its beans, events and configuration).

				```mermaid
				flowchart LR
				""");
		MODULES.forEach((module) -> md.append("  ")
			.append(id(module))
			.append("[\"")
			.append(module.getDisplayName())
			.append("\"]\n"));
		MODULES.forEach((module) -> module.getDirectDependencies(MODULES)
			.uniqueModules()
			.map(ModularityTests::id)
			.sorted()
			.forEach((target) -> md.append("  ").append(id(module)).append(" --> ").append(target).append('\n')));
		md.append("```\n\n| Module | Package | Named interfaces |\n| --- | --- | --- |\n");
		MODULES.forEach((module) -> md.append("| ")
			.append(module.getDisplayName())
			.append(" | `")
			.append(module.getBasePackage().getName())
			.append("` | ")
			.append(module.getNamedInterfaces()
				.stream()
				.filter((named) -> !named.isUnnamed())
				.map(NamedInterface::getName)
				.sorted()
				.map((name) -> "`" + id(module) + "::" + name + "`")
				.collect(Collectors.joining(", ")))
			.append(" |\n"));
		return md.toString();
	}

	private static String id(ApplicationModule module) {
		return module.getIdentifier().toString();
	}

}
