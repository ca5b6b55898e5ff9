package org.tsunagu.people.internal.address;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Offline postcode (郵便番号) to address lookup, for address autofill. The data is loaded on first use
 * and kept as two parallel arrays sorted by postcode, so one instance should be shared.
 */
public final class PostcodeDirectory {

  static final String CLASSPATH_RESOURCE = "/data/postcodes/postcodes.csv.gz";

  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
  // ー is accepted because IMEs often produce it where a hyphen was meant.
  private static final Pattern POSTCODE = Pattern.compile("〒?(\\d{3})[-‐‑‒–—―−ー]?(\\d{4})");

  private final String resource;
  private volatile Index index;

  public PostcodeDirectory() {
    this(CLASSPATH_RESOURCE);
  }

  PostcodeDirectory(String resource) {
    this.resource = resource;
  }

  /**
   * Every 町域 the postcode covers, in data order; empty for malformed or unknown postcodes. Accepts
   * e.g. {@code 3060023}, {@code 306-0023}, {@code 〒306-0023}, {@code ３０６－００２３}.
   */
  public List<PostcodeEntry> lookup(String input) {
    String postcode = normalise(input);
    return postcode == null ? List.of() : index().find(Integer.parseInt(postcode));
  }

  /** Whether the input is a 7-digit postcode once normalised (it may still be unassigned). */
  public static boolean isWellFormed(String input) {
    return normalise(input) != null;
  }

  /** The 7 ASCII digits of the postcode, or null if the input is not a well-formed postcode. */
  public static String normalise(String input) {
    if (input == null) {
      return null;
    }
    String text = NFKC.normalize(input).replaceAll("\\s+", "");
    Matcher m = POSTCODE.matcher(text);
    return m.matches() ? m.group(1) + m.group(2) : null;
  }

  /** The number of entries loaded; loads the data if needed. */
  int size() {
    return index().entries.length;
  }

  private Index index() {
    Index result = index;
    if (result == null) {
      synchronized (this) {
        result = index;
        if (result == null) {
          result = load();
          index = result;
        }
      }
    }
    return result;
  }

  private Index load() {
    InputStream raw = PostcodeDirectory.class.getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("Missing classpath resource " + resource);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    Map<String, String> pool = new HashMap<>();
    List<PostcodeEntry> rows = new ArrayList<>(130_000);
    try (Reader reader =
        new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        rows.add(
            new PostcodeEntry(
                intern(pool, row.get("postcode")),
                intern(pool, row.get("municipality_code")),
                intern(pool, row.get("prefecture")),
                intern(pool, row.get("municipality")),
                intern(pool, row.get("town"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    // The file is not fully sorted by postcode; a stable sort keeps its order within a postcode.
    rows.sort(Comparator.comparing(PostcodeEntry::postcode));
    return new Index(rows.toArray(PostcodeEntry[]::new));
  }

  /** Shares equal strings (postcodes with several towns, prefectures, municipalities, towns). */
  private static String intern(Map<String, String> pool, String s) {
    return pool.computeIfAbsent(s, k -> k);
  }

  private static final class Index {
    private final int[] postcodes;
    private final PostcodeEntry[] entries;

    Index(PostcodeEntry[] entries) {
      this.entries = entries;
      this.postcodes =
          Arrays.stream(entries).mapToInt(e -> Integer.parseInt(e.postcode())).toArray();
    }

    List<PostcodeEntry> find(int postcode) {
      int i = Arrays.binarySearch(postcodes, postcode);
      if (i < 0) {
        return List.of();
      }
      int from = i;
      while (from > 0 && postcodes[from - 1] == postcode) {
        from--;
      }
      int to = i + 1;
      while (to < postcodes.length && postcodes[to] == postcode) {
        to++;
      }
      return List.of(Arrays.copyOfRange(entries, from, to));
    }
  }
}
