package org.tsunagu.people.internal.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A 町丁目 (or 大字 with its 小字) from the bundled area files; {@code ward} is empty outside designated
 * cities.
 */
public record TownRow(
    String prefecture,
    String municipalityCode,
    String municipality,
    String ward,
    String name,
    Double latitude,
    Double longitude) {

  /** The municipality as the postcode file names it: with the ward for designated cities. */
  public String municipalityWithWard() {
    return municipality + ward;
  }

  /** The rows of {@code /data/areas/<file>}, in file order. */
  public static List<TownRow> load(String file) {
    List<TownRow> rows = new ArrayList<>();
    NameLists.read(
        "/data/areas/" + file,
        r ->
            rows.add(
                new TownRow(
                    r.get("prefecture"),
                    r.get("municipality_code"),
                    r.get("municipality"),
                    r.get("ward"),
                    r.get("town") + r.get("koaza"),
                    coordinate(r.get("lat")),
                    coordinate(r.get("lng")))));
    return rows;
  }

  private static Double coordinate(String value) {
    return value.isBlank() ? null : Double.valueOf(value);
  }
}
