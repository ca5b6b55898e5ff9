package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

  private final ApplicationModules modules = ApplicationModules.of(TsunaguApplication.class);

  @Test
  void shouldKeepModuleBoundaries() {
    modules.verify();
  }

  /**
   * An event a module publishes is for another module (or its own other part) to act on: each has a
   * listener, and a test that publishes it alone with Modulith's {@code Scenario}.
   */
  @Test
  void shouldListenToEveryPublishedEventAndTestItAsAScenario() throws IOException {
    Set<String> published = new TreeSet<>();
    Set<String> listenedTo = new TreeSet<>();
    Pattern publish = Pattern.compile("publishEvent\\(\\s*new ([A-Z]\\w*)\\(");
    Pattern listener =
        Pattern.compile(
            "@(?:EventListener|TransactionalEventListener|ApplicationModuleListener)\\b"
                + "[^{;]*?\\w+\\s*\\(\\s*(?:final\\s+)?([A-Z]\\w*)\\s+\\w+\\s*\\)");
    for (String source : sources("src/main/java")) {
      publish.matcher(source).results().map(r -> r.group(1)).forEach(published::add);
      listener.matcher(source).results().map(r -> r.group(1)).forEach(listenedTo::add);
    }
    assertThat(published).contains("PersonsMerged", "CaseClosed");
    assertThat(published)
        .filteredOn(e -> !listenedTo.contains(e))
        .as("published events no module listens to")
        .isEmpty();
    List<String> scenarios =
        sources("src/test/java").stream().filter(t -> t.contains("Scenario scenario")).toList();
    assertThat(published)
        .filteredOn(e -> scenarios.stream().noneMatch(t -> t.contains("publish(new " + e + "(")))
        .as("published events without a Scenario test publishing them")
        .isEmpty();
  }

  private static List<String> sources(String root) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(root))) {
      return files.filter(f -> f.toString().endsWith(".java")).map(ModularityTest::read).toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void shouldWriteModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
