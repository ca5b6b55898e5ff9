package org.tsunagu.platform.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which heading of a file fills each column of a format: the whole cell, or the part before (part
 * 1) or after (part 2) the first space of a combined column such as 氏名 「山田 花子」. A column without a
 * source is left empty.
 */
public record ColumnMapping(Map<String, Source> sources) {

  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

  /** A heading of the file and the part of its cells taken (0 for the whole cell). */
  public record Source(String heading, int part) {

    /** As a form's option value: the part, a colon, the heading (e.g. {@code 1:氏名}). */
    public String value() {
      return part + ":" + heading;
    }

    public static Optional<Source> parse(String value) {
      if (value == null || !value.matches("[012]:.+")) {
        return Optional.empty();
      }
      return Optional.of(new Source(value.substring(2), value.charAt(0) - '0'));
    }
  }

  /** One cell of a mapped row, with the text as the file had it (for errors). */
  public record Cell(String value, String original) {}

  /** A row of a file as the format's columns. */
  public record MappedRow(int line, Map<String, Cell> cells) {

    public String get(String key) {
      Cell c = cells.get(key);
      return c == null || c.value() == null || c.value().isBlank() ? null : c.value().strip();
    }

    /** The cell's text as the file had it, for showing beside an error. */
    public String original(String key) {
      Cell c = cells.get(key);
      return c == null ? null : c.original();
    }
  }

  public ColumnMapping {
    sources = Map.copyOf(sources);
  }

  /** The mapping that takes every column from its own heading, when the file has them all. */
  public static Optional<ColumnMapping> identity(ImportFormat format, List<String> headings) {
    if (!headings.containsAll(format.headings())) {
      return Optional.empty();
    }
    Map<String, Source> m = new LinkedHashMap<>();
    format.columns().forEach(c -> m.put(c.key(), new Source(c.heading(), 0)));
    return Optional.of(new ColumnMapping(m));
  }

  /** A first guess for the mapping step: own headings, then aliases, then combined columns. */
  public static ColumnMapping suggest(ImportFormat format, List<String> headings) {
    Map<String, Source> m = new LinkedHashMap<>();
    for (ImportColumn c : format.columns()) {
      first(headings, List.of(c.heading()))
          .or(() -> first(headings, c.aliases()))
          .map(h -> new Source(h, 0))
          .or(() -> first(headings, c.combined()).map(h -> new Source(h, c.part())))
          .ifPresent(s -> m.put(c.key(), s));
    }
    return new ColumnMapping(m);
  }

  private static Optional<String> first(List<String> headings, List<String> wanted) {
    return wanted.stream().filter(headings::contains).findFirst();
  }

  /** Required columns without a source, and sources naming a heading the file lacks. */
  public List<String> problems(ImportFormat format, List<String> headings) {
    List<String> missing = new ArrayList<>();
    for (ImportColumn c : format.columns()) {
      Source s = sources.get(c.key());
      if ((s == null && c.required()) || (s != null && !headings.contains(s.heading()))) {
        missing.add(c.key());
      }
    }
    return missing;
  }

  /**
   * The table's rows as the format's columns. A row with filled cells beyond the headings (an
   * unquoted comma, say) is reported instead, with its number of cells.
   */
  public List<MappedRow> apply(
      ImportFormat format, ImportTable table, List<ImportProblem> problems) {
    List<MappedRow> rows = new ArrayList<>(table.rows().size());
    int width = table.headings().size();
    for (ImportTable.Row row : table.rows()) {
      if (row.cells().size() > width
          && row.cells().subList(width, row.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
        problems.add(
            new ImportProblem(
                row.line(),
                null,
                "import.error.columnCount",
                String.valueOf(row.cells().size()),
                null));
        continue;
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (ImportColumn c : format.columns()) {
        Source s = sources.get(c.key());
        int index = s == null ? -1 : table.headings().indexOf(s.heading());
        String original = index < 0 ? null : row.cell(index);
        cells.put(c.key(), new Cell(part(original, s == null ? 0 : s.part()), original));
      }
      rows.add(new MappedRow(row.line(), cells));
    }
    return rows;
  }

  private static String part(String cell, int part) {
    if (cell == null || part == 0) {
      return cell;
    }
    String[] parts = SPACES.split(cell.strip(), 2);
    return part == 1 ? parts[0] : (parts.length > 1 ? parts[1] : null);
  }

  /** One source a line: key, tab, part, tab, heading. */
  public String encode() {
    StringBuilder out = new StringBuilder();
    sources.forEach((key, s) -> out.append(key).append('\t').append(s.value()).append('\n'));
    return out.toString();
  }

  public static ColumnMapping decode(String text) {
    Map<String, Source> m = new LinkedHashMap<>();
    if (text != null) {
      text.lines()
          .map(l -> l.split("\t", 2))
          .filter(f -> f.length == 2)
          .forEach(f -> Source.parse(f[1]).ifPresent(s -> m.put(f[0], s)));
    }
    return new ColumnMapping(m);
  }
}
