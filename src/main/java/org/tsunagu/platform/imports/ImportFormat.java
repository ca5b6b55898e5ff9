package org.tsunagu.platform.imports;

import java.util.List;
import java.util.Optional;

/**
 * What a module imports: the kind of its background job (also the key its remembered heading
 * mappings are kept under), the template's columns in order, and an example row for the template.
 */
public record ImportFormat(String kind, List<ImportColumn> columns, List<String> example) {

  public ImportFormat {
    columns = List.copyOf(columns);
    example = List.copyOf(example);
    if (example.size() != columns.size()) {
      throw new IllegalArgumentException("an example value per column");
    }
  }

  public List<String> headings() {
    return columns.stream().map(ImportColumn::heading).toList();
  }

  public Optional<ImportColumn> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
