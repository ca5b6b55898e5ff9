package org.tsunagu.people.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The family and given name lists on the classpath; family names are ordered by frequency. */
public record NameLists(List<Name> familyNames, List<Name> femaleNames, List<Name> maleNames) {

  /** A name in kanji with its reading in full-width katakana. */
  public record Name(String kanji, String kana) {}

  private static volatile NameLists bundled;

  /** The bundled lists, loaded once. */
  public static NameLists bundled() {
    NameLists result = bundled;
    if (result == null) {
      synchronized (NameLists.class) {
        result = bundled;
        if (result == null) {
          result = load();
          bundled = result;
        }
      }
    }
    return result;
  }

  private static NameLists load() {
    List<Name> family = new ArrayList<>(500);
    List<Name> female = new ArrayList<>(11_000);
    List<Name> male = new ArrayList<>(3_000);
    read("/data/names/family_names.csv", r -> family.add(name(r)));
    read(
        "/data/names/given_names.csv",
        r -> ("male".equals(r.get("sex")) ? male : female).add(name(r)));
    return new NameLists(List.copyOf(family), List.copyOf(female), List.copyOf(male));
  }

  private static Name name(CSVRecord r) {
    return new Name(r.get("kanji"), r.get("katakana"));
  }

  static void read(String resource, Consumer<CSVRecord> consumer) {
    InputStream in = NameLists.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing classpath resource " + resource);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      format.parse(reader).forEach(consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
