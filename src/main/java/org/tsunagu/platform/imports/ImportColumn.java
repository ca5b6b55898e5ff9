package org.tsunagu.platform.imports;

import java.util.List;

/**
 * A column of an import's template.
 *
 * @param key the field it fills (also the message key suffix {@code import.column.<key>})
 * @param heading its heading in the template, e.g. 氏
 * @param required whether a mapping must give it a source
 * @param aliases other headings that mean the same column, e.g. 姓 for 氏
 * @param combined headings of one column holding this and a partner, e.g. 氏名 for 氏 and 名
 * @param part which part of such a combined column it takes: 1 before the first space, 2 after
 */
public record ImportColumn(
    String key,
    String heading,
    boolean required,
    List<String> aliases,
    List<String> combined,
    int part) {

  public ImportColumn {
    aliases = List.copyOf(aliases);
    combined = List.copyOf(combined);
  }

  /** A column that only its own heading (or an alias) names. */
  public static ImportColumn of(String key, String heading, boolean required, String... aliases) {
    return new ImportColumn(key, heading, required, List.of(aliases), List.of(), 0);
  }

  /** This column, also taken as a part of a combined column. */
  public ImportColumn partOf(int part, String... combinedHeadings) {
    return new ImportColumn(key, heading, required, aliases, List.of(combinedHeadings), part);
  }

  public boolean splittable() {
    return part > 0;
  }
}
