package org.tsunagu.platform.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the mapping step needs: the file's headings, the template's columns, and a suggested source
 * for each column it could guess (as {@code part:heading}).
 */
public record ImportMappingResponse(
    List<String> headings,
    List<Column> columns,
    @Schema(
            description =
                "Column key → \"part:heading\" (0 whole cell, 1/2 before/after the first space)")
        Map<String, String> suggested) {

  public record Column(String key, String heading, boolean required, boolean splittable) {}

  public static ImportMappingResponse of(
      ImportFormat format, List<String> headings, ColumnMapping suggestion) {
    Map<String, String> suggested = new LinkedHashMap<>();
    format.columns().stream()
        .filter(c -> suggestion.sources().containsKey(c.key()))
        .forEach(c -> suggested.put(c.key(), suggestion.sources().get(c.key()).value()));
    return new ImportMappingResponse(
        headings,
        format.columns().stream()
            .map(c -> new Column(c.key(), c.heading(), c.required(), c.splittable()))
            .toList(),
        suggested);
  }
}
