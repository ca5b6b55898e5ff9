package org.tsunagu.platform.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives Flyway every module's {@link ModuleSchema}: the default schema ({@code
 * spring.flyway.default-schema}, the platform's) first, then the others by name, and each module's
 * own migration locations after the configured ones.
 */
@Component
class ModuleSchemas implements FlywayConfigurationCustomizer {

  private final List<ModuleSchema> schemas;

  ModuleSchemas(List<ModuleSchema> schemas) {
    this.schemas = schemas;
  }

  @Override
  public void customize(FluentConfiguration configuration) {
    configuration.schemas(ordered(configuration.getDefaultSchema()).toArray(String[]::new));
    List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
    schemas.stream()
        .flatMap(s -> s.migrationLocations().stream())
        .map(Location::new)
        .filter(l -> !locations.contains(l))
        .forEach(locations::add);
    configuration.locations(locations.toArray(Location[]::new));
  }

  /** The schema names, the default one first; a name declared twice stops the start. */
  List<String> ordered(String defaultSchema) {
    Set<String> declared = new HashSet<>();
    for (ModuleSchema s : schemas) {
      if (!declared.add(s.schema())) {
        throw new IllegalStateException("schema declared twice: " + s.schema());
      }
    }
    Set<String> names = new LinkedHashSet<>();
    if (defaultSchema != null) {
      names.add(defaultSchema);
    }
    declared.stream().sorted().forEach(names::add);
    return List.copyOf(names);
  }
}
