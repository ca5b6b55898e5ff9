package org.tsunagu.platform.imports;

import java.util.List;

/**
 * A file's headings and data rows as text. Line 1 is the headings; a row's line is its record
 * number plus one (a CSV cell may span lines, as Excel writes them).
 */
public record ImportTable(List<String> headings, List<Row> rows) {

  public record Row(int line, List<String> cells) {

    /** The cell under the heading at the index, or null when the row is shorter. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : null;
    }
  }
}
