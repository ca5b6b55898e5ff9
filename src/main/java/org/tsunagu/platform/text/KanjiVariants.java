package org.tsunagu.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Variant kanji (異体字) folded to the form people search with. The table, with its sources, is the
 * resource {@code kanji-variants.tsv} beside this class.
 */
final class KanjiVariants {

  private static final Map<Integer, Integer> TO_COMMON = load();

  private KanjiVariants() {}

  /** The common form of {@code codePoint}, or the code point itself. */
  static int common(int codePoint) {
    return TO_COMMON.getOrDefault(codePoint, codePoint);
  }

  /** Every variant and its common form, for tests and documentation. */
  static Map<Integer, Integer> table() {
    return Map.copyOf(TO_COMMON);
  }

  private static Map<Integer, Integer> load() {
    Map<Integer, Integer> map = new HashMap<>();
    try (InputStream in = KanjiVariants.class.getResourceAsStream("kanji-variants.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", 2);
        int common = columns[0].codePointAt(0);
        for (String variant : columns[1].trim().split(" +")) {
          if (map.putIfAbsent(variant.codePointAt(0), common) != null) {
            throw new IllegalStateException("Variant listed twice: " + variant);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
