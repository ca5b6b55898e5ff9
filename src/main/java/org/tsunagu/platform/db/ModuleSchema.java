package org.tsunagu.platform.db;

import java.util.List;

/**
 * A module's database schema, declared as a bean so Flyway creates and migrates it without the
 * platform naming the module. Migrations live in {@code db/migration} named {@code
 * V{yyyyMMddHHmm}__{module}_{what}.sql}, or in the module's own classpath locations.
 */
public record ModuleSchema(String schema, List<String> migrationLocations) {

  public ModuleSchema {
    if (!schema.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("schema names are lower_snake: " + schema);
    }
    migrationLocations = List.copyOf(migrationLocations);
  }

  /** A schema whose migrations are in the shared {@code db/migration}. */
  public static ModuleSchema of(String schema) {
    return new ModuleSchema(schema, List.of());
  }
}
