package org.tsunagu.platform.imports;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A problem of an import on a line of the file (1 is the headings, 0 the whole file), in a column
 * when it is one, with its message key, the message's argument and the value the file held.
 */
public record ImportProblem(int line, String column, String messageKey, String arg, String value) {

  /** How many problems a job keeps for display; the rest are counted. */
  public static final int MAX_LISTED = 1000;

  /** Problems as lines of "line TAB column TAB key TAB arg TAB value", capped for display. */
  public static String encode(List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      return null;
    }
    String listed =
        problems.stream()
            .limit(MAX_LISTED)
            .map(
                p ->
                    p.line()
                        + "\t"
                        + field(p.column())
                        + "\t"
                        + p.messageKey()
                        + "\t"
                        + field(p.arg())
                        + "\t"
                        + field(p.value()))
            .collect(Collectors.joining("\n"));
    return problems.size() > MAX_LISTED
        ? listed + "\n0\t\timport.error.more\t" + (problems.size() - MAX_LISTED) + "\t"
        : listed;
  }

  /** Decodes {@link #encode}; lines written before values were kept have four fields. */
  public static List<ImportProblem> decode(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return text.lines()
        .map(l -> l.split("\t", -1))
        .map(
            f ->
                new ImportProblem(
                    Integer.parseInt(f[0]),
                    empty(f[1]),
                    f[2],
                    f.length < 4 ? null : empty(f[3]),
                    f.length < 5 ? null : empty(f[4])))
        .toList();
  }

  private static String field(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static String empty(String s) {
    return s.isEmpty() ? null : s;
  }
}
