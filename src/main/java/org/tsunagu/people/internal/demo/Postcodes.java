package org.tsunagu.people.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Postcodes of the 町域 of a few municipalities. A 町域 (旭町) is a prefix of the 町丁目 it covers (旭町一丁目),
 * so a 町丁目 gets the postcode of its longest matching 町域.
 */
public final class Postcodes {

  private static final String RESOURCE = "/data/postcodes/postcodes.csv.gz";

  private final Map<String, String> byMunicipalityAndTown = new HashMap<>();

  /** Loads the postcodes of the named municipalities (with the ward, e.g. 横浜市鶴見区). */
  public Postcodes(Set<String> municipalities) {
    InputStream raw = Postcodes.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new IllegalStateException("Missing classpath resource " + RESOURCE);
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader =
        new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        String municipality = row.get("municipality");
        if (municipalities.contains(municipality)) {
          byMunicipalityAndTown.putIfAbsent(
              key(municipality, row.get("town")), row.get("postcode"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * The postcode of the longest 町域 that starts the 町丁目, else the municipality's catch-all postcode
   * (町域 empty), else null.
   */
  public String find(String municipality, String town) {
    for (int length = town.length(); length > 0; length--) {
      String postcode = byMunicipalityAndTown.get(key(municipality, town.substring(0, length)));
      if (postcode != null) {
        return postcode;
      }
    }
    return byMunicipalityAndTown.get(key(municipality, ""));
  }

  private static String key(String municipality, String town) {
    return municipality + '|' + town;
  }
}
