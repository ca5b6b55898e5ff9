package org.tsunagu.demo.internal;

/** How many persons of each group the city-scale set has; organisations and areas are fixed. */
public record CitySize(int elderlyAlone, int supporters, int others) {

  /** product.md's city: 200,000 aged 65+ living alone, 50,000 supporters, 150,000 others. */
  public static CitySize full() {
    return new CitySize(200_000, 50_000, 150_000);
  }

  /** The full set scaled by {@code factor}, e.g. 0.01 for tests. */
  public static CitySize scaled(double factor) {
    CitySize full = full();
    return new CitySize(
        (int) Math.round(full.elderlyAlone * factor),
        (int) Math.round(full.supporters * factor),
        (int) Math.round(full.others * factor));
  }

  public int persons() {
    return elderlyAlone + supporters + others;
  }
}
