package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.tsunagu.platform.db.ModuleSchema;
import org.tsunagu.support.IntegrationTest;

/**
 * A module's SQL names only its own schema's tables and what other modules publish for it ({@link
 * ModuleSchema#published()}): the SQL in its Java string literals and its migrations. A foreign key
 * to another module's id ({@code REFERENCES people.person(id)}) only keeps the id valid and is
 * allowed.
 */
@IntegrationTest
class SqlBoundaryTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Migrations already applied cannot change: this one backfilled a table once, in 2026-11. */
  private static final Set<String> APPLIED_BEFORE_THE_RULE =
      Set.of("V202611301001__consultation_conference_access.sql");

  /** Applied before migrations were named after their module; the audit seal is the platform's. */
  private static final Map<String, String> NAMED_BEFORE_THE_CONVENTION =
      Map.of("V202611232000__audit_sealed_by_transaction_range.sql", "platform");

  private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z_]+)\\.([a-z_][a-z0-9_]*)\\b");
  private static final Pattern FOREIGN_KEY =
      Pattern.compile("(?i)REFERENCES\\s+[a-z_]+\\.[a-z_][a-z0-9_]*");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");

  @Autowired List<ModuleSchema> schemas;
  @Autowired JdbcClient jdbc;

  /** Schema → the names of its tables, views and functions that another module may not name. */
  private final Map<String, Set<String>> privateObjects = new HashMap<>();

  @BeforeEach
  void readTheDatabase() {
    for (ModuleSchema s : schemas) {
      Set<String> names =
          new HashSet<>(
              jdbc.sql(
                      "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                          + " UNION SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON"
                          + " n.oid = p.pronamespace WHERE n.nspname = ?")
                  .params(s.schema(), s.schema())
                  .query(String.class)
                  .list());
      names.removeAll(s.published());
      privateObjects.put(s.schema(), names);
    }
  }

  @Test
  void shouldNameEachSchemaAfterTheModuleThatOwnsIt() {
    Set<String> modules = new HashSet<>(moduleNames());
    assertThat(schemas).extracting(ModuleSchema::schema).allMatch(modules::contains);
  }

  @Test
  void shouldKeepEveryModulesJavaSqlToItsOwnTablesAndWhatOthersPublish() throws IOException {
    List<String> crossings = new ArrayList<>();
    for (String module : moduleNames()) {
      Path dir = JAVA.resolve("org/tsunagu").resolve(module);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          for (String name : crossings(module, javaStrings(Files.readString(file)))) {
            crossings.add(dir.relativize(file) + " (" + module + ") names " + name);
          }
        }
      }
    }
    assertThat(crossings).isEmpty();
  }

  @Test
  void shouldKeepEveryModulesMigrationsToItsOwnTablesAndWhatOthersPublish() throws IOException {
    List<String> crossings = new ArrayList<>();
    List<String> modules = moduleNames();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        Matcher named = Pattern.compile("^V\\d+__([a-z]+)_").matcher(name);
        assertThat(named.find()).as(name + " is named V{time}__{module}_{what}.sql").isTrue();
        String owner = NAMED_BEFORE_THE_CONVENTION.getOrDefault(name, named.group(1));
        assertThat(modules).as(name + " names its module").contains(owner);
        if (APPLIED_BEFORE_THE_RULE.contains(name)) {
          continue;
        }
        String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
        for (String crossing : crossings(owner, FOREIGN_KEY.matcher(sql).replaceAll(""))) {
          crossings.add(name + " names " + crossing);
        }
      }
    }
    assertThat(crossings).isEmpty();
  }

  @Test
  void shouldCatchAJoinOfAnotherModulesTableAndPassWhatItPublishes() {
    String source =
        "String sql = \"SELECT o.name FROM consultation.referral r JOIN people.organization o\"\n"
            + "  + \" ON o.id = r.to_org_id JOIN people.organization_directory d ON true\";\n"
            + "people.organization(id); // a Java call, not SQL\n"
            + "String split = \"JOIN people.\" + \"person p\";";
    assertThat(crossings("consultation", javaStrings(source)))
        .containsExactly("people.organization", "people.person");
    assertThat(crossings("people", javaStrings(source))).containsExactly("consultation.referral");
  }

  /** The other modules' private objects the text names. */
  private List<String> crossings(String module, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = QUALIFIED.matcher(text);
    while (m.find()) {
      String schema = m.group(1);
      if (!schema.equals(module)
          && privateObjects.getOrDefault(schema, Set.of()).contains(m.group(2))) {
        found.add(schema + "." + m.group(2));
      }
    }
    return found;
  }

  /** The text of a source's string literals, literals joined by {@code +} read as one. */
  static String javaStrings(String source) {
    String joined = source.replaceAll("\"\\s*\\+\\s*\"", "");
    StringBuilder text = new StringBuilder();
    Matcher m = STRING_LITERAL.matcher(joined);
    while (m.find()) {
      text.append(m.group(), 1, m.group().length() - 1).append('\n');
    }
    return text.toString();
  }

  private static List<String> moduleNames() {
    return ApplicationModules.of(TsunaguApplication.class).stream()
        .map(ApplicationModule::getBasePackage)
        .map(p -> p.getName().substring(p.getName().lastIndexOf('.') + 1))
        .filter(name -> Files.isDirectory(JAVA.resolve("org/tsunagu").resolve(name)))
        .toList();
  }
}
