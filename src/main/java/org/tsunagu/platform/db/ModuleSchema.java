package org.tsunagu.platform.db;

import java.util.List;
import java.util.Set;

/**
 * A module's database schema, declared as a bean so Flyway creates and migrates it without the
 * platform naming the module. Migrations live in {@code db/migration} named {@code
 * V{yyyyMMddHHmm}__{module}_{what}.sql}, or in the module's own classpath locations. {@code
 * published} names the views and functions of the schema other modules may read; every other table
 * is the module's own ({@code SqlBoundaryTest}).
 */
@org.springframework.modulith.NamedInterface("db")
public record ModuleSchema(String schema, List<String> migrationLocations, Set<String> published) {

  public ModuleSchema {
    if (!schema.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("schema names are lower_snake: " + schema);
    }
    migrationLocations = List.copyOf(migrationLocations);
    published = Set.copyOf(published);
  }

  /** A schema whose migrations are in the shared {@code db/migration}, publishing nothing. */
  public static ModuleSchema of(String schema) {
    return new ModuleSchema(schema, List.of(), Set.of());
  }

  /** The same schema, publishing these views and functions for other modules. */
  public ModuleSchema publishing(String... viewsAndFunctions) {
    return new ModuleSchema(schema, migrationLocations, Set.of(viewsAndFunctions));
  }
}
